package org.mentorflow.mentorship;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    long countByMentorIdAndState(String mentorId, MentorshipState state);

    long countByMentorIdAndStateIn(String mentorId, Collection<MentorshipState> states);

    boolean existsByMenteeIdAndState(String menteeId, MentorshipState state);

    List<Mentorship> findByMenteeIdOrMentorIdOrderByRequestedAtDesc(String menteeId, String mentorId);

    long countByStateIn(Collection<MentorshipState> states);

    boolean existsByMenteeIdAndMentorIdAndStateIn(String menteeId, String mentorId, Collection<MentorshipState> states);
}

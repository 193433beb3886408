package org.mentorflow.mentorship;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;

interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    long countByMentorIdAndState(String mentorId, MentorshipState state);

    long countByMentorIdAndStateIn(String mentorId, Collection<MentorshipState> states);

    boolean existsByMenteeIdAndState(String menteeId, MentorshipState state);

    boolean existsByMenteeIdAndMentorIdAndStateIn(String menteeId, String mentorId, Collection<MentorshipState> states);
}

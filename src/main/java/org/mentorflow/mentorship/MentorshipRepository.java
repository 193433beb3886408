package org.mentorflow.mentorship;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Public for the stages of this module; other features read through {@link Mentorships}. */
public interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    long countByMentorIdAndState(String mentorId, MentorshipState state);

    long countByMentorIdAndStateIn(String mentorId, Collection<MentorshipState> states);

    boolean existsByMenteeIdAndState(String menteeId, MentorshipState state);

    long countByProgrammeIdAndMenteeIdAndState(Long programmeId, String menteeId, MentorshipState state);

    long countByProgrammeIdAndMentorIdAndState(Long programmeId, String mentorId, MentorshipState state);

    long countByProgrammeIdAndMentorIdAndStateIn(Long programmeId, String mentorId, Collection<MentorshipState> states);

    List<Mentorship> findByMenteeIdOrMentorIdOrderByRequestedAtDesc(String menteeId, String mentorId);

    long countByStateIn(Collection<MentorshipState> states);

    Page<Mentorship> findByStateIn(Collection<MentorshipState> states, Pageable page);

    Page<Mentorship> findByProgrammeIdAndStateIn(Long programmeId, Collection<MentorshipState> states, Pageable page);

    boolean existsByMenteeIdAndMentorIdAndStateIn(String menteeId, String mentorId, Collection<MentorshipState> states);
}

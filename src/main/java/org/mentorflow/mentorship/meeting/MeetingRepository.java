package org.mentorflow.mentorship.meeting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    long countByMentorshipIdAndStatus(Long mentorshipId, Meeting.Status status);

    List<Meeting> findByMentorshipIdAndStatusIn(Long mentorshipId, Collection<Meeting.Status> statuses);

    List<Meeting> findByMentorshipIdOrderByStartsAt(Long mentorshipId);
}

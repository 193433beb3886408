package org.mentorflow.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

    Optional<FeedbackRequest> findByRequestKey(String requestKey);

    Optional<FeedbackRequest> findByToken(String token);

    List<FeedbackRequest> findByMentorshipIdOrderById(Long mentorshipId);
}

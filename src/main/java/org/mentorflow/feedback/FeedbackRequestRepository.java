package org.mentorflow.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

    Optional<FeedbackRequest> findByRequestKey(String requestKey);

    Optional<FeedbackRequest> findByToken(String token);

    List<FeedbackRequest> findByMentorshipIdOrderById(Long mentorshipId);

    /** The written answers of a deleted account go; the rating stays for the analysts' figures. */
    @Modifying
    @Query("update FeedbackRequest f set f.wentWell = null, f.couldImprove = null where f.personId = ?1")
    int forgetWrittenAnswers(String personId);
}

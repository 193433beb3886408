package org.mentorflow.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks participants for feedback through a personal link and keeps their answers for analysts. */
@Service
public class FeedbackRequests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedbackRequestRepository requests;
    private final Clock clock;

    FeedbackRequests(FeedbackRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * The link token for this person on this occasion; the same {@code key} (a retried mail step) gets the
     * same token.
     */
    @Transactional
    public String requestFor(String key, String occasion, Long mentorshipId, String personId, String role) {
        return requests.findByRequestKey(key)
                .orElseGet(() -> requests.save(new FeedbackRequest(key, newToken(), occasion, mentorshipId, personId, role, now())))
                .getToken();
    }

    @Transactional(readOnly = true)
    public Optional<FeedbackRequest> find(String token) {
        return token == null || token.length() > 64 ? Optional.empty() : requests.findByToken(token);
    }

    /** Stores the answers once; a second answer is refused so the first one stays as given. */
    @Transactional
    public FeedbackRequest answer(String token, FeedbackAnswers answers) {
        FeedbackRequest request = find(token).orElseThrow(() -> new IllegalArgumentException("This feedback link is not valid."));
        if (request.isAnswered()) {
            throw new IllegalStateException("This feedback was given already. Thank you!");
        }
        request.answer(answers.rating(), answers.wentWell(), answers.couldImprove(), now());
        return request;
    }

    @Transactional(readOnly = true)
    public List<FeedbackRequest> of(long mentorshipId) {
        return requests.findByMentorshipIdOrderById(mentorshipId);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private Instant now() {
        return clock.instant();
    }
}

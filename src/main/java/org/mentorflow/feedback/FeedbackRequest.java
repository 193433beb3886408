package org.mentorflow.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One participant asked for feedback on one occasion, and what they answered. */
@Entity
public class FeedbackRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String requestKey;
    private String token;
    private String occasion;
    private Long mentorshipId;
    private String personId;
    private String role;
    private Instant createdAt;
    private Instant answeredAt;
    private Integer rating;
    private String wentWell;
    private String couldImprove;

    protected FeedbackRequest() {
    }

    FeedbackRequest(String requestKey, String token, String occasion, Long mentorshipId, String personId, String role, Instant now) {
        this.requestKey = requestKey;
        this.token = token;
        this.occasion = occasion;
        this.mentorshipId = mentorshipId;
        this.personId = personId;
        this.role = role;
        this.createdAt = now;
    }

    void answer(int rating, String wentWell, String couldImprove, Instant now) {
        this.rating = rating;
        this.wentWell = wentWell;
        this.couldImprove = couldImprove;
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public String getToken() {
        return token;
    }

    public String getOccasion() {
        return occasion;
    }

    public Long getMentorshipId() {
        return mentorshipId;
    }

    public String getPersonId() {
        return personId;
    }

    public String getRole() {
        return role;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getWentWell() {
        return wentWell;
    }

    public String getCouldImprove() {
        return couldImprove;
    }
}

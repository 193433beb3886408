package org.mentorflow.surveys;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One person asked one survey about one mentorship, as its mentee or its mentor; its id is the address of the
 * answer page, /surveys/{id}, which only that person may open.
 */
@Entity
public class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long programmeId;
    @Enumerated(EnumType.STRING)
    private Survey survey;
    private Long mentorshipId;
    /** Null once the person deleted their account. */
    private String personId;
    /** MENTEE or MENTOR. */
    private String role;
    private Instant sentAt;
    private Instant remindedAt;
    private Instant answeredAt;

    protected SurveyInvitation() {
    }

    SurveyInvitation(long programmeId, Survey survey, long mentorshipId, String personId, String role, Instant now) {
        this.programmeId = programmeId;
        this.survey = survey;
        this.mentorshipId = mentorshipId;
        this.personId = personId;
        this.role = role;
        this.sentAt = now;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    void answered(Instant now) {
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isReminded() {
        return remindedAt != null;
    }

    public boolean isFor(String personId) {
        return this.personId != null && this.personId.equals(personId);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Survey getSurvey() {
        return survey;
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

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

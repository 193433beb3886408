package org.mentorflow.mentorship.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.time.Instant;
import org.mentorflow.mentorship.Mentorship;

/** One meeting of a mentorship. It counts (credits, certificate) only when both say it took place. */
@Entity
public class Meeting {

    public enum Status { PROPOSED, SCHEDULED, HELD, NOT_HELD, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    private Mentorship mentorship;

    private Instant startsAt;
    private int durationMinutes;
    private String place;
    private String topic;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PROPOSED;
    private String proposedBy;
    private Boolean menteeSaysHeld;
    private Boolean mentorSaysHeld;
    private String menteeNote;
    private String mentorNote;
    private Instant createdAt;
    private Instant decidedAt;

    protected Meeting() {
    }

    Meeting(Mentorship mentorship, MeetingPlan plan, String proposedBy, Instant now) {
        this.mentorship = mentorship;
        this.startsAt = plan.startsAt();
        this.durationMinutes = plan.durationMinutes();
        this.place = plan.place();
        this.topic = plan.topic();
        this.proposedBy = proposedBy;
        this.createdAt = now;
    }

    void moveTo(Instant newStart, String personId) {
        requireStatus(Status.PROPOSED);
        this.startsAt = newStart;
        this.proposedBy = personId;
    }

    void schedule() {
        requireStatus(Status.PROPOSED);
        this.status = Status.SCHEDULED;
    }

    /** Held only when both say so; one "no" records it as not held. */
    void recordOutcome(boolean menteeHeld, String menteeNote, boolean mentorHeld, String mentorNote, Instant now) {
        requireStatus(Status.SCHEDULED);
        this.menteeSaysHeld = menteeHeld;
        this.mentorSaysHeld = mentorHeld;
        this.menteeNote = menteeNote;
        this.mentorNote = mentorNote;
        this.status = menteeHeld && mentorHeld ? Status.HELD : Status.NOT_HELD;
        this.decidedAt = now;
    }

    void cancel(Instant now) {
        if (status == Status.PROPOSED || status == Status.SCHEDULED) {
            this.status = Status.CANCELLED;
            this.decidedAt = now;
        }
    }

    /** Both answered, and differently. */
    public boolean isDisputed() {
        return menteeSaysHeld != null && mentorSaysHeld != null && !menteeSaysHeld.equals(mentorSaysHeld);
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /**
     * The person deleted their account: what they wrote goes (their note; place and topic if they proposed the
     * meeting); time, duration and status stay for the partner.
     */
    void erasePersonalTexts(String personId) {
        if (personId.equals(proposedBy)) {
            place = "–";
            topic = null;
        }
        if (mentorship.getMentee().getId().equals(personId)) {
            menteeNote = null;
        }
        if (mentorship.getMentor().getId().equals(personId)) {
            mentorNote = null;
        }
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("Meeting " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public Mentorship getMentorship() {
        return mentorship;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getTopic() {
        return topic;
    }

    public Status getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Boolean getMenteeSaysHeld() {
        return menteeSaysHeld;
    }

    public Boolean getMentorSaysHeld() {
        return mentorSaysHeld;
    }

    public String getMenteeNote() {
        return menteeNote;
    }

    public String getMentorNote() {
        return mentorNote;
    }
}

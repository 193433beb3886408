package org.mentorflow.mentorship;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;

/**
 * A mentee and a mentor, from the request on. Its process instance carries the id as business key. Its state
 * changes are public for the module's stages (request, agreement, lifecycle); other features go through the stages'
 * services, which tell the process (MentorshipPackagesTest keeps it so).
 */
@Entity
public class Mentorship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "mentee_id")
    private Person mentee;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "mentor_id")
    private Person mentor;

    /** Whose rules it follows; fixed when the request starts. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Enumerated(EnumType.STRING)
    private MentorshipState state;

    private String requestMessage;
    /** The mentor's answer on decline, sent to the mentee. */
    private String declineMessage;
    private Instant requestedAt;
    private Instant answeredAt;
    /** The official start: the day the mentor approved the agreement. */
    private LocalDate startedOn;
    /** Start plus the agreed duration; moves with approved amendments. */
    private LocalDate plannedEndOn;
    private Instant endedAt;
    private String cancelledBy;
    private String cancelReason;
    /** Why the mentee asked to finish before the agreed frame was met; null when the frame was met. */
    private String earlyFinishReason;

    @Version
    private int version;

    protected Mentorship() {
    }

    public Mentorship(Programme programme, Person mentee, Person mentor, String requestMessage, Instant now) {
        this.programme = programme;
        this.mentee = mentee;
        this.mentor = mentor;
        this.requestMessage = requestMessage;
        this.state = MentorshipState.REQUESTED;
        this.requestedAt = now;
    }

    /** The mentor's answer, or the request's end without one. */
    public void answer(MentorshipState outcome, String declineMessage, Instant now) {
        moveTo(outcome);
        this.declineMessage = declineMessage;
        this.answeredAt = now;
    }

    /** Both approved the agreement: the mentorship runs from today for the agreed months. */
    public void start(LocalDate today, int durationMonths) {
        moveTo(MentorshipState.ACTIVE);
        this.startedOn = today;
        this.plannedEndOn = today.plusMonths(durationMonths);
    }

    /** An approved amendment sets a new duration, counted from the official start. */
    public void replan(int durationMonths) {
        if (state != MentorshipState.ACTIVE) {
            throw new IllegalStateException("Mentorship " + id + " is " + state + "; only a running mentorship is amended");
        }
        this.plannedEndOn = startedOn.plusMonths(durationMonths);
    }

    public void complete(Instant now) {
        moveTo(MentorshipState.COMPLETED);
        this.endedAt = now;
    }

    /** The mentee asks to finish: early, with the reason both read, or (null) within the agreed frame. */
    public void askToFinish(String earlyReason) {
        if (state != MentorshipState.ACTIVE) {
            throw new IllegalStateException("Mentorship " + id + " is " + state + "; only a running mentorship is finished");
        }
        this.earlyFinishReason = earlyReason;
    }

    public void cancel(String personId, String reason, Instant now) {
        moveTo(MentorshipState.CANCELLED);
        this.cancelledBy = personId;
        this.cancelReason = reason;
        this.endedAt = now;
    }

    /**
     * The person deleted their account: their request text, the decline text (the standard one names both) and
     * their own cancellation reason go; states and dates stay for the partner and the counters.
     */
    void erasePersonalTexts(String personId) {
        if (mentee.getId().equals(personId)) {
            requestMessage = null;
        }
        declineMessage = null;
        if (personId.equals(cancelledBy)) {
            cancelReason = null;
        }
        if (mentee.getId().equals(personId)) {
            earlyFinishReason = null; // the mentee wrote it
        }
    }

    public boolean isParticipant(String personId) {
        return mentee.getId().equals(personId) || mentor.getId().equals(personId);
    }

    /** Only the moves of the lifecycle; any other is a bug in the process, so it fails loudly. */
    private void moveTo(MentorshipState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("Mentorship " + id + " is " + state + "; it cannot become " + next);
        }
        this.state = next;
    }

    /** The other side of the pair. */
    public Person partnerOf(Person person) {
        return person.getId().equals(mentee.getId()) ? mentor : mentee;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Person getMentee() {
        return mentee;
    }

    public Person getMentor() {
        return mentor;
    }

    public MentorshipState getState() {
        return state;
    }

    public String getRequestMessage() {
        return requestMessage;
    }

    public String getDeclineMessage() {
        return declineMessage;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getPlannedEndOn() {
        return plannedEndOn;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getEarlyFinishReason() {
        return earlyFinishReason;
    }
}

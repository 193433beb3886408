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
import org.mentorflow.people.Person;

/** A mentee and a mentor, from the request on. Its process instance carries the id as business key. */
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

    @Enumerated(EnumType.STRING)
    private MentorshipState state;

    private String requestMessage;
    /** The mentor's answer on decline, sent to the mentee. */
    private String declineMessage;
    private Instant requestedAt;
    private Instant answeredAt;

    @Version
    private int version;

    protected Mentorship() {
    }

    Mentorship(Person mentee, Person mentor, String requestMessage, Instant now) {
        this.mentee = mentee;
        this.mentor = mentor;
        this.requestMessage = requestMessage;
        this.state = MentorshipState.REQUESTED;
        this.requestedAt = now;
    }

    /** Moves on from REQUESTED; any other start is a bug in the process, so it fails loudly. */
    void answer(MentorshipState outcome, String declineMessage, Instant now) {
        if (state != MentorshipState.REQUESTED) {
            throw new IllegalStateException("Mentorship " + id + " is " + state + ", not REQUESTED; cannot become " + outcome);
        }
        this.state = outcome;
        this.declineMessage = declineMessage;
        this.answeredAt = now;
    }

    /** The other side of the pair. */
    public Person partnerOf(Person person) {
        return person.getId().equals(mentee.getId()) ? mentor : mentee;
    }

    public Long getId() {
        return id;
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
}

package org.mentorflow.mentorship.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.mentorflow.mentorship.Mentorship;

/**
 * One version of a mentorship agreement: who proposed it when, and who approved or sent it back.
 * Versions are never changed after their decision; a new proposal is a new version.
 */
@Entity
public class AgreementVersion {

    public enum Status { PROPOSED, APPROVED, CHANGES_REQUESTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    private Mentorship mentorship;

    private int versionNo;
    private int durationMonths;
    private int meetingsPlanned;
    private String rhythm;
    private String contactChannels;
    private String contactFrequency;
    private String goals;
    private String agenda;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PROPOSED;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String reviewComment;

    protected AgreementVersion() {
    }

    AgreementVersion(Mentorship mentorship, int versionNo, AgreementTerms terms, String proposedBy, Instant now) {
        this.mentorship = mentorship;
        this.versionNo = versionNo;
        this.durationMonths = terms.durationMonths();
        this.meetingsPlanned = terms.meetingsPlanned();
        this.rhythm = terms.rhythm();
        this.contactChannels = terms.contactChannels();
        this.contactFrequency = terms.contactFrequency();
        this.goals = terms.goals();
        this.agenda = terms.agenda();
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    void decide(Status decision, String personId, String comment, Instant now) {
        if (status != Status.PROPOSED) {
            throw new IllegalStateException("Agreement version " + versionNo + " was decided already (" + status + ")");
        }
        this.status = decision;
        this.decidedBy = personId;
        this.decidedAt = now;
        this.reviewComment = comment;
    }

    /**
     * The person deleted their account: what they wrote goes (goals, agenda and contact channels of a version they
     * proposed, their review comment); the frame stays for the partner: duration, number and rhythm of meetings.
     */
    void erasePersonalTexts(String personId) {
        if (personId.equals(proposedBy)) {
            goals = "";
            agenda = null;
            contactChannels = "";
        }
        if (personId.equals(decidedBy)) {
            reviewComment = null;
        }
    }

    public AgreementTerms terms() {
        return new AgreementTerms(durationMonths, meetingsPlanned, rhythm, contactChannels, contactFrequency, goals, agenda);
    }

    public Long getId() {
        return id;
    }

    public Mentorship getMentorship() {
        return mentorship;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public int getMeetingsPlanned() {
        return meetingsPlanned;
    }

    public String getRhythm() {
        return rhythm;
    }

    public String getContactChannels() {
        return contactChannels;
    }

    public String getContactFrequency() {
        return contactFrequency;
    }

    public String getGoals() {
        return goals;
    }

    public String getAgenda() {
        return agenda;
    }

    public Status getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}

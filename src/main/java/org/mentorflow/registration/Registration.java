package org.mentorflow.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An account made through the portal, from the verification link to the mentor check and alumni access. Its
 * process (processes/registration.bpmn) carries the steps; this row keeps what the pages show. Its id is the
 * process's business key (see {@link #businessKey()}), so the engine's history names no person.
 */
@Entity
public class Registration {

    public enum AccessStatus {
        NONE, REQUESTED, GRANTED, DECLINED
    }

    public enum MentorDecision {
        APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once a never-verified account was removed. */
    private String personId;
    private Instant registeredAt;
    private String tokenHash;
    private Instant tokenExpiresAt;
    private Instant verifiedAt;
    private Instant removedAt;

    private boolean wantsMentee;
    private boolean wantsMentor;

    private Boolean alumnus;
    private Integer yearsAfterGraduation;
    private Boolean holdsDoctorate;
    private Boolean mentorsDoctoral;
    private Boolean eligible;
    private String eligibilityReason;

    @Enumerated(EnumType.STRING)
    private MentorDecision mentorDecision;
    private String mentorMessage;

    @Enumerated(EnumType.STRING)
    private AccessStatus accessStatus = AccessStatus.NONE;
    private String accessNote;
    private String accessMessage;

    protected Registration() {
    }

    Registration(String personId, Instant registeredAt) {
        this.personId = personId;
        this.registeredAt = registeredAt;
    }

    /**
     * The business key of its processes: prefixed, because mentorship processes use bare numbers and are looked
     * up by business key alone.
     */
    public String businessKey() {
        return "registration-" + id;
    }

    void issueToken(String hash, Instant expiresAt) {
        this.tokenHash = hash;
        this.tokenExpiresAt = expiresAt;
    }

    /** A new link was asked for: the old one stops working at once. */
    void withdrawToken() {
        this.tokenHash = null;
    }

    void verified(Instant at) {
        this.verifiedAt = at;
    }

    /** The account is gone; the token's hash stays so its link can still say it expired. */
    void removed(Instant at) {
        this.personId = null;
        this.removedAt = at;
    }

    void roleChosen(boolean mentee, boolean mentor) {
        this.wantsMentee = mentee;
        this.wantsMentor = mentor;
    }

    void mentorAnswers(MentorAnswers answers, boolean eligible, String reason) {
        this.alumnus = answers.alumnus();
        this.yearsAfterGraduation = answers.yearsAfterGraduation();
        this.holdsDoctorate = answers.holdsDoctorate();
        this.mentorsDoctoral = answers.mentorsDoctoralStudents();
        this.eligible = eligible;
        this.eligibilityReason = reason;
        this.mentorDecision = null;
        this.mentorMessage = null;
    }

    void mentorDecided(MentorDecision decision, String message) {
        this.mentorDecision = decision;
        this.mentorMessage = message;
    }

    void accessRequested(String note) {
        this.accessStatus = AccessStatus.REQUESTED;
        this.accessNote = note;
        this.accessMessage = null;
    }

    void accessDecided(boolean granted, String message) {
        this.accessStatus = granted ? AccessStatus.GRANTED : AccessStatus.DECLINED;
        this.accessMessage = message;
    }

    boolean tokenExpired(Instant now) {
        return tokenExpiresAt == null || !now.isBefore(tokenExpiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getPersonId() {
        return personId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public boolean isWantsMentee() {
        return wantsMentee;
    }

    public boolean isWantsMentor() {
        return wantsMentor;
    }

    public Boolean getAlumnus() {
        return alumnus;
    }

    public Integer getYearsAfterGraduation() {
        return yearsAfterGraduation;
    }

    public Boolean getHoldsDoctorate() {
        return holdsDoctorate;
    }

    public Boolean getMentorsDoctoral() {
        return mentorsDoctoral;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public MentorDecision getMentorDecision() {
        return mentorDecision;
    }

    public String getMentorMessage() {
        return mentorMessage;
    }

    public AccessStatus getAccessStatus() {
        return accessStatus;
    }

    public String getAccessNote() {
        return accessNote;
    }

    public String getAccessMessage() {
        return accessMessage;
    }
}

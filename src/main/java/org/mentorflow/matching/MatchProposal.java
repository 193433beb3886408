package org.mentorflow.matching;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A cohort's match proposal as computed, reviewed and sent: one row per student it looked at. */
@Entity
@Table(name = "match_proposal")
public class MatchProposal {

    public enum Status {
        UNDER_REVIEW, SENT, DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long programmeId;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private Status status = Status.UNDER_REVIEW;
    private Instant decidedAt;
    private String processInstanceId;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ProposedPair> pairs = new ArrayList<>();

    protected MatchProposal() {
    }

    MatchProposal(long programmeId, String processInstanceId, Instant now) {
        this.programmeId = programmeId;
        this.processInstanceId = processInstanceId;
        this.createdAt = now;
    }

    void add(String studentId, String mentorId, Integer studentRank, List<MatchReason> reasons) {
        pairs.add(new ProposedPair(this, pairs.size(), studentId, mentorId, studentRank, reasons));
    }

    void decide(Status status, Instant now) {
        this.status = status;
        this.decidedAt = now;
    }

    public Optional<ProposedPair> pairOf(String studentId) {
        return pairs.stream().filter(pair -> pair.getStudentId().equals(studentId)).findFirst();
    }

    public List<ProposedPair> matched() {
        return pairs.stream().filter(ProposedPair::isMatched).toList();
    }

    public List<ProposedPair> unmatched() {
        return pairs.stream().filter(pair -> !pair.isMatched()).toList();
    }

    /** How many of its students came to this outcome once sent or discarded. */
    public long count(ProposedPair.Outcome outcome) {
        return pairs.stream().filter(pair -> pair.getOutcome() == outcome).count();
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<ProposedPair> getPairs() {
        return List.copyOf(pairs);
    }
}

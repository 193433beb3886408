package org.mentorflow.matching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One student of a match proposal: the proposed mentor with the reasons, or none with the reason why. */
@Entity
@Table(name = "match_proposal_pair")
public class ProposedPair {

    /** What became of the pair once the coordinator decided. */
    public enum Outcome {
        /** The request went out. */
        SENT,
        /** It had gone out before (the step ran again). */
        ALREADY_REQUESTED,
        /** The request rules refused it (the mentor filled up meanwhile, say); the detail says why. */
        REFUSED,
        /** The coordinator accepted no mentor for this student, or discarded the proposal. */
        NOT_SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private MatchProposal proposal;

    private int position;
    private String studentId;
    private String mentorId;
    private Integer studentRank;
    private String acceptedMentorId;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String outcomeDetail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "match_proposal_reason", joinColumns = @JoinColumn(name = "pair_id"))
    @OrderColumn(name = "position")
    private List<MatchReason> reasons = new ArrayList<>();

    protected ProposedPair() {
    }

    ProposedPair(MatchProposal proposal, int position, String studentId, String mentorId, Integer studentRank,
            List<MatchReason> reasons) {
        this.proposal = proposal;
        this.position = position;
        this.studentId = studentId;
        this.mentorId = mentorId;
        this.studentRank = studentRank;
        this.reasons.addAll(reasons);
    }

    void accept(String mentorId) {
        this.acceptedMentorId = mentorId;
    }

    void record(Outcome outcome, String detail) {
        this.outcome = outcome;
        this.outcomeDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public boolean isMatched() {
        return mentorId != null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getStudentId() {
        return studentId;
    }

    /** The proposed mentor, or null: the student got none (the reasons say why). */
    public String getMentorId() {
        return mentorId;
    }

    public Integer getStudentRank() {
        return studentRank;
    }

    public String getAcceptedMentorId() {
        return acceptedMentorId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeDetail() {
        return outcomeDetail;
    }

    public List<MatchReason> getReasons() {
        return List.copyOf(reasons);
    }
}

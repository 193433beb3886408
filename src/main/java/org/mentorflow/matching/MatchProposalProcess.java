package org.mentorflow.matching;

import org.mentorflow.system.ProcessVariable;

/**
 * The match proposal's part of processes/cohort-programme.bpmn: the message {@code MatchProposalRequested}
 * ({@link org.mentorflow.programme.CohortProgrammeProcess#MESSAGE_MATCH_PROPOSAL_REQUESTED}) leads to
 * {@code ${proposeMatches}}, the coordinators' review task {@value #TASK_REVIEW_MATCH_PROPOSAL} (form
 * {@value #FORM}, create listener {@code ${showMatchProposal}}) and {@code ${sendProposedRequests}}.
 */
public final class MatchProposalProcess {

    public static final String TASK_REVIEW_MATCH_PROPOSAL = "Task_ReviewMatchProposal";
    public static final String FORM = "review-match-proposal";

    /** Set by proposeMatches: the stored proposal the review and the sending read. */
    public static final ProcessVariable<Long> MATCH_PROPOSAL_ID = ProcessVariable.of("matchProposalId", Long.class);
    /** The review's decision: {@value #SEND} or {@value #DISCARD} (the form's radio, or the portal page). */
    public static final ProcessVariable<String> MATCH_PROPOSAL_DECISION = ProcessVariable.of("matchProposalDecision", String.class);
    /**
     * The pairs to send, "studentId:mentorId" separated by commas, as the coordinator adjusted them on the portal
     * page; absent when the task was completed in Tasklist: then the proposal's own pairs go out.
     */
    public static final ProcessVariable<String> ACCEPTED_PAIRS = ProcessVariable.of("acceptedPairs", String.class);

    public static final String SEND = "send";
    public static final String DISCARD = "discard";

    // task-local, for the form
    public static final ProcessVariable<String> MATCH_PROPOSAL_SUMMARY = ProcessVariable.of("matchProposalSummary", String.class);
    public static final ProcessVariable<String> MATCH_PROPOSAL_TABLE = ProcessVariable.of("matchProposalTable", String.class);
    public static final ProcessVariable<String> MATCH_PROPOSAL_UNMATCHED = ProcessVariable.of("matchProposalUnmatched", String.class);
    public static final ProcessVariable<String> MATCH_PROPOSAL_LINK = ProcessVariable.of("matchProposalLink", String.class);

    private MatchProposalProcess() {
    }
}

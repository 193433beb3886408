package org.mentorflow.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.springframework.stereotype.Component;

/** Computes and stores the cohort's match proposal; the review task reads it by {@code matchProposalId}. */
@Component("proposeMatches")
class ProposeMatchesDelegate implements JavaDelegate {

    private final MatchProposals proposals;

    ProposeMatchesDelegate(MatchProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MatchProposal proposal = proposals.propose(CohortProgrammeProcess.PROGRAMME_ID.get(execution), execution.getProcessInstanceId());
        MatchProposalProcess.MATCH_PROPOSAL_ID.set(execution, proposal.getId());
        // a new review starts from the proposal: nothing of an earlier review's answers carries over
        MatchProposalProcess.MATCH_PROPOSAL_DECISION.remove(execution);
        MatchProposalProcess.ACCEPTED_PAIRS.remove(execution);
    }
}

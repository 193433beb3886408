package org.mentorflow.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the reviewed proposal's accepted pairs as requests ({@link MatchProposals#send}); a pair the request rules
 * no longer allow is recorded and skipped, a pair requested before is skipped, so a retry sends nothing twice.
 */
@Component("sendProposedRequests")
class SendProposedRequestsDelegate implements JavaDelegate {

    private final MatchProposals proposals;

    SendProposedRequestsDelegate(MatchProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.send(MatchProposalProcess.MATCH_PROPOSAL_ID.get(execution),
                MatchProposalProcess.MATCH_PROPOSAL_DECISION.get(execution),
                MatchProposalProcess.ACCEPTED_PAIRS.get(execution));
    }
}

package org.mentorflow.mentorship.agreement;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.springframework.stereotype.Component;

/** Shows the proposal to the mentor: task-local variables that leave with the task. */
@Component("showAgreement")
class ShowAgreementListener implements TaskListener {

    private final Agreements agreements;
    private final Mentorships mentorships;

    ShowAgreementListener(Agreements agreements, Mentorships mentorships) {
        this.agreements = agreements;
        this.mentorships = mentorships;
    }

    @Override
    public void notify(DelegateTask task) {
        long mentorshipId = MENTORSHIP_ID.get(task);
        AgreementVersion proposal = agreements.latest(mentorshipId)
                .orElseThrow(() -> new IllegalStateException("No agreement proposal for mentorship " + mentorshipId));
        Mentorship mentorship = mentorships.get(mentorshipId);
        String proposer = proposal.getProposedBy().equals(mentorship.getMentee().getId()) ? mentorship.getMentee().getDisplayName()
                : mentorship.getMentor().getDisplayName();
        PROPOSER_NAME.setLocal(task, proposer);
        agreements.current(mentorshipId).ifPresent(current -> CURRENT_TERMS.setLocal(task,
                current.getDurationMonths() + " months, " + current.getMeetingsPlanned() + " meetings, " + current.getRhythm()));
        PROPOSAL_VERSION.setLocal(task, proposal.getVersionNo());
        PROPOSAL_DURATION_MONTHS.setLocal(task, proposal.getDurationMonths());
        PROPOSAL_MEETINGS.setLocal(task, proposal.getMeetingsPlanned());
        PROPOSAL_RHYTHM.setLocal(task, proposal.getRhythm());
        PROPOSAL_CONTACT.setLocal(task, proposal.getContactChannels() + ", " + proposal.getContactFrequency());
        PROPOSAL_GOALS.setLocal(task, proposal.getGoals());
        PROPOSAL_AGENDA.setLocal(task, proposal.getAgenda() == null ? "" : proposal.getAgenda());
    }
}

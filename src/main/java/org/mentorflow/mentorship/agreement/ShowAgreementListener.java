package org.mentorflow.mentorship.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
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
        long mentorshipId = (Long) task.getVariable(MentorshipProcess.MENTORSHIP_ID);
        AgreementVersion proposal = agreements.latest(mentorshipId)
                .orElseThrow(() -> new IllegalStateException("No agreement proposal for mentorship " + mentorshipId));
        Mentorship mentorship = mentorships.get(mentorshipId);
        String proposer = proposal.getProposedBy().equals(mentorship.getMentee().getId()) ? mentorship.getMentee().getDisplayName()
                : mentorship.getMentor().getDisplayName();
        task.setVariableLocal("proposedBy", proposer);
        agreements.current(mentorshipId).ifPresent(current -> task.setVariableLocal("currentTerms",
                current.getDurationMonths() + " months, " + current.getMeetingsPlanned() + " meetings, " + current.getRhythm()));
        task.setVariableLocal("proposalVersion", proposal.getVersionNo());
        task.setVariableLocal("proposalDurationMonths", proposal.getDurationMonths());
        task.setVariableLocal("proposalMeetings", proposal.getMeetingsPlanned());
        task.setVariableLocal("proposalRhythm", proposal.getRhythm());
        task.setVariableLocal("proposalContact", proposal.getContactChannels() + ", " + proposal.getContactFrequency());
        task.setVariableLocal("proposalGoals", proposal.getGoals());
        task.setVariableLocal("proposalAgenda", proposal.getAgenda() == null ? "" : proposal.getAgenda());
    }
}

package org.mentorflow.mentorship.agreement;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.FormText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Shows the proposal to its reader, in the reader's language: task-local variables that leave with the task. */
@Component("showAgreement")
class ShowAgreementListener implements TaskListener {

    private final Agreements agreements;
    private final Mentorships mentorships;
    private final TaskLanguage language;
    private final MessageSource messages;

    ShowAgreementListener(Agreements agreements, Mentorships mentorships, TaskLanguage language, MessageSource messages) {
        this.agreements = agreements;
        this.mentorships = mentorships;
        this.language = language;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long mentorshipId = MENTORSHIP_ID.get(task);
        AgreementVersion proposal = agreements.latest(mentorshipId)
                .orElseThrow(() -> new IllegalStateException("No agreement proposal for mentorship " + mentorshipId));
        Mentorship mentorship = mentorships.get(mentorshipId);
        String proposer = proposal.getProposedBy().equals(mentorship.getMentee().getId()) ? mentorship.getMentee().getDisplayName()
                : mentorship.getMentor().getDisplayName();
        PROPOSER_NAME.setLocal(task, FormText.plain(proposer));
        Locale reader = language.prepareTextsFor(task);
        agreements.current(mentorshipId).ifPresent(current -> CURRENT_TERMS.setLocal(task, messages.getMessage("tasklist.agreement.terms",
                new Object[] {current.getDurationMonths(), current.getMeetingsPlanned(), FormText.plain(current.getRhythm())}, reader)));
        PROPOSAL_VERSION.setLocal(task, proposal.getVersionNo());
        PROPOSAL_DURATION_MONTHS.setLocal(task, proposal.getDurationMonths());
        PROPOSAL_MEETINGS.setLocal(task, proposal.getMeetingsPlanned());
        PROPOSAL_RHYTHM.setLocal(task, FormText.plain(proposal.getRhythm()));
        PROPOSAL_CONTACT.setLocal(task, FormText.plain(proposal.getContactChannels() + ", " + proposal.getContactFrequency()));
        PROPOSAL_GOALS.setLocal(task, FormText.plain(proposal.getGoals()));
        PROPOSAL_AGENDA.setLocal(task, FormText.plain(proposal.getAgenda()));
    }
}

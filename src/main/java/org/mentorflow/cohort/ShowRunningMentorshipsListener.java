package org.mentorflow.cohort;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.tasklist.TaskLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lists on "Decide on running mentorships" (task-local Markdown) every mentorship of the programme still running,
 * with the link to the portal's closing page, where the coordinator decides for each. In the task's language.
 */
@Component("showRunningMentorships")
class ShowRunningMentorshipsListener implements TaskListener {

    private final ProgrammeClosing closing;
    private final MessageSource messages;
    private final String baseUrl;
    private final TaskLanguage language;

    ShowRunningMentorshipsListener(ProgrammeClosing closing, MessageSource messages, @Value("${mentorflow.base-url}") String baseUrl,
            TaskLanguage language) {
        this.closing = closing;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.language = language;
    }

    @Override
    public void notify(DelegateTask task) {
        long programmeId = CohortProgrammeProcess.PROGRAMME_ID.get(task);
        Locale locale = language.prepareTextsFor(task);
        StringBuilder md = new StringBuilder();
        var running = closing.running(programmeId);
        md.append("**").append(messages.getMessage("cohort.closing.running", new Object[] {running.size()}, locale)).append("**\n\n");
        for (Mentorship mentorship : running) {
            md.append("- ").append(ShowPlacementsListener.name(mentorship.getMentee())).append(" & ")
                    .append(ShowPlacementsListener.name(mentorship.getMentor())).append(": ")
                    .append(messages.getMessage("cohort.closing.state." + mentorship.getState(), null, locale)).append('\n');
        }
        md.append('\n').append(messages.getMessage("cohort.closing.decide-on-portal",
                new Object[] {baseUrl + "/coordinator/programmes/" + programmeId + "/closing"}, locale));
        CohortProgrammeProcess.RUNNING_OVERVIEW.setLocal(task, md.toString());
    }
}

package org.mentorflow.mentorship.lifecycle;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.tasklist.TaskLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On the finish task. Created: tells its form whether finishing now is early and where the mentorship stands
 * against its agreement ("You agreed on 6 meetings and have held 2; …"), so the form asks for a reason. Completed
 * (after {@code ${checkAnswers}}): keeps that reason with the mentorship, where the mentor's confirmation and My
 * mentoring show it; a finish within the agreed frame keeps none.
 */
@Component("earlyFinish")
class EarlyFinishListener implements TaskListener {

    private final Finishing finishing;
    private final MentorshipLifecycle lifecycle;
    private final TaskLanguage language;
    private final MessageSource messages;

    EarlyFinishListener(Finishing finishing, MentorshipLifecycle lifecycle, TaskLanguage language, MessageSource messages) {
        this.finishing = finishing;
        this.lifecycle = lifecycle;
        this.language = language;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        long mentorshipId = MENTORSHIP_ID.get(task);
        FinishProgress progress = finishing.progress(mentorshipId);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            FINISHING_EARLY.setLocal(task, progress.early());
            Locale reader = language.prepareTextsFor(task); // the form's language
            FINISH_PROGRESS.setLocal(task, messages.getMessage(finishing.describe(progress, reader), reader));
            return;
        }
        String reason = EARLY_FINISH_REASON.get(task);
        if (progress.early()) {
            lifecycle.askToFinish(mentorshipId, reason.strip());
        } else {
            EARLY_FINISH_REASON.remove(task); // from an earlier round: the mentor must not read it as this one's
            lifecycle.askToFinish(mentorshipId, null);
        }
    }
}

package org.mentorflow.mentorship;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a loop brings a deciding task back, its form must not open with last round's answer ticked. The
 * answers were used already (the mails that quoted them are written).
 */
@Component("clearPreviousAnswers")
class ClearPreviousAnswersListener implements TaskListener {

    private static final Map<String, List<String>> ANSWERS = Map.of(
            TASK_APPROVE_AGREEMENT, List.of(AGREEMENT_DECISION, AGREEMENT_COMMENT),
            TASK_FINISH_MENTORSHIP, List.of(FINAL_MEETING_HELD),
            TASK_CONFIRM_COMPLETION, List.of(COMPLETION_CONFIRMED, COMPLETION_COMMENT),
            MeetingProcess.TASK_APPROVE_MEETING, List.of(MeetingProcess.TIME_DECISION, MeetingProcess.OTHER_START),
            MeetingProcess.TASK_ACCEPT_OTHER_TIME, List.of(MeetingProcess.TIME_DECISION, MeetingProcess.OTHER_START));

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().removeVariables(ANSWERS.getOrDefault(task.getTaskDefinitionKey(), List.of()));
    }
}

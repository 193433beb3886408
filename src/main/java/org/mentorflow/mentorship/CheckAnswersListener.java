package org.mentorflow.mentorship;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mentorflow.programme.ProgrammeSettings;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a task whose answers do not make sense, with a sentence the person understands. The
 * forms ask the same; this guards the REST API and keeps gateways from failing with engine errors.
 */
@Component("checkAnswers")
class CheckAnswersListener implements TaskListener {

    private final Map<String, Function<DelegateTask, Optional<String>>> rules;

    CheckAnswersListener(ProgrammeSettings programme, Refusals refusals) {
        ZoneId zone = programme.timeZone();
        this.rules = Map.ofEntries(
            Map.entry(TASK_REVIEW_REQUEST, task -> choice(task, DECISION, DECISION_ACCEPT, DECISION_DECLINE,
                    "Please choose whether you accept or decline the request.")
                    .or(() -> explained(task, DECISION, DECISION_DECLINE, DECLINE_MESSAGE,
                            "Please write a short message to the mentee when you decline."))),
            Map.entry(TASK_WRITE_AGREEMENT, task -> {
                List<MessageSourceResolvable> problems = AgreementDraft.read(task).problems();
                return problems.isEmpty() ? Optional.empty() : Optional.of(refusals.english(problems));
            }),
            Map.entry(TASK_APPROVE_AGREEMENT, task -> choice(task, AGREEMENT_DECISION, "approve", "changes",
                    "Please choose whether you approve the agreement or ask for changes.")
                    .or(() -> explained(task, AGREEMENT_DECISION, "changes", AGREEMENT_COMMENT,
                            "Please say what should change."))),
            Map.entry(TASK_FINISH_MENTORSHIP, task -> Boolean.TRUE.equals(task.getVariable(FINAL_MEETING_HELD)) ? Optional.empty()
                    : Optional.of("Please confirm that your final meeting has taken place.")),
            Map.entry(TASK_CONFIRM_COMPLETION, task -> choice(task, COMPLETION_CONFIRMED, "yes", "no",
                    "Please say whether the mentorship is complete.")
                    .or(() -> explained(task, COMPLETION_CONFIRMED, "no", COMPLETION_COMMENT,
                            "Please tell your mentee what is still open."))),
            Map.entry(MeetingProcess.TASK_PROPOSE_MEETING, task -> {
                List<String> problems = ProposeMeetingDelegate.plan(task, zone).problems(ClockUtil.getCurrentTime().toInstant());
                return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
            }),
            Map.entry(MeetingProcess.TASK_APPROVE_MEETING, task -> choice(task, MeetingProcess.TIME_DECISION, "approve", "other",
                    "Please approve the time or offer another one.").or(() -> otherTime(task, zone))),
            Map.entry(MeetingProcess.TASK_ACCEPT_OTHER_TIME, task -> choice(task, MeetingProcess.TIME_DECISION, "accept", "other",
                    "Please accept the new time or offer another one.").or(() -> otherTime(task, zone))),
            Map.entry(MeetingProcess.TASK_CONFIRM_MENTEE, task -> choice(task, MeetingProcess.MENTEE_SAYS_HELD, "yes", "no",
                    "Please say whether the meeting took place.")),
            Map.entry(MeetingProcess.TASK_CONFIRM_MENTOR, task -> choice(task, MeetingProcess.MENTOR_SAYS_HELD, "yes", "no",
                    "Please say whether the meeting took place.")),
            Map.entry(TASK_APPROVE_AMENDMENT, task -> choice(task, AGREEMENT_DECISION, "approve", "reject",
                    "Please approve or reject the proposed change.")
                    .or(() -> explained(task, AGREEMENT_DECISION, "reject", AGREEMENT_COMMENT,
                            "Please say why you reject the change."))),
            Map.entry(TASK_CHECK_INACTIVE, task -> List.of("contact", "extend", "close").contains(task.getVariable(INACTIVE_DECISION))
                    ? explained(task, INACTIVE_DECISION, "close", COORDINATOR_NOTE,
                            "Please give the reason for closing: both participants are told.")
                    : Optional.of("Please choose: contacted, extended or close.")));
    }

    @Override
    public void notify(DelegateTask task) {
        Function<DelegateTask, Optional<String>> rule = rules.get(task.getTaskDefinitionKey());
        if (rule == null) {
            throw new IllegalStateException("No answer check for task " + task.getTaskDefinitionKey());
        }
        rule.apply(task).ifPresent(problem -> {
            throw new ProcessEngineException(problem);
        });
    }

    private static Optional<String> choice(DelegateTask task, String variable, String one, String other, String problem) {
        Object value = task.getVariable(variable);
        return one.equals(value) || other.equals(value) ? Optional.empty() : Optional.of(problem);
    }

    /** Offering another time needs a time in the future. */
    private static Optional<String> otherTime(DelegateTask task, ZoneId zone) {
        if (!"other".equals(task.getVariable(MeetingProcess.TIME_DECISION))) {
            return Optional.empty();
        }
        Instant other = MeetingTimes.parse(task.getVariable(MeetingProcess.OTHER_START), zone);
        return other != null && other.isAfter(ClockUtil.getCurrentTime().toInstant()) ? Optional.empty()
                : Optional.of("Please choose another time in the future.");
    }

    /** When the answer is {@code value}, the text variable must say why. */
    private static Optional<String> explained(DelegateTask task, String variable, String value, String text, String problem) {
        Object explanation = task.getVariable(text);
        boolean missing = explanation == null || explanation.toString().isBlank();
        return value.equals(task.getVariable(variable)) && missing ? Optional.of(problem) : Optional.empty();
    }
}

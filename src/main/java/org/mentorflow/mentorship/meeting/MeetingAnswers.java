package org.mentorflow.mentorship.meeting;

import static org.mentorflow.mentorship.meeting.MeetingProcess.*;
import static org.mentorflow.mentorship.TaskAnswers.choice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.TaskAnswers;
import org.mentorflow.system.LocalizedValue;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.system.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * A meeting's tasks: a proposal in the future that says where, a time approved or another one offered (in the
 * future too, and both within the agreement's period), and each side's yes or no afterwards.
 */
@Component
class MeetingAnswers implements TaskAnswers {

    private final ZoneId zone;
    private final Clock clock;

    private final Meetings meetings;
    private final Mentorships mentorships;

    MeetingAnswers(ProgrammeSettings programme, Clock clock, Meetings meetings, Mentorships mentorships) {
        this.zone = programme.timeZone();
        this.clock = clock;
        this.meetings = meetings;
        this.mentorships = mentorships;
    }

    @Override
    public Map<String, Function<DelegateTask, Optional<TaskAnswers.Problem>>> checks() {
        return Map.of(
            TASK_PROPOSE_MEETING, task -> proposal(task),
            TASK_APPROVE_MEETING, task -> choice(task, TIME_DECISION, "approve", "other",
                    "answers.meeting.approve-time").or(() -> otherTime(task)),
            TASK_ACCEPT_OTHER_TIME, task -> choice(task, TIME_DECISION, "accept", "other",
                    "answers.meeting.accept-other-time").or(() -> otherTime(task)),
            TASK_CONFIRM_MENTEE, task -> choice(task, MENTEE_SAYS_HELD, "yes", "no",
                    "answers.meeting.held").or(() -> notYetHeld(task, MENTEE_SAYS_HELD))
                    .or(() -> TaskAnswers.fits(task, MENTEE_NOTE, MeetingPlan.MAX_NOTE)),
            TASK_CONFIRM_MENTOR, task -> choice(task, MENTOR_SAYS_HELD, "yes", "no",
                    "answers.meeting.held").or(() -> notYetHeld(task, MENTOR_SAYS_HELD))
                    .or(() -> TaskAnswers.fits(task, MENTOR_NOTE, MeetingPlan.MAX_NOTE)));
    }

    @Override
    public Map<String, List<ProcessVariable<?>>> previousAnswers() {
        return Map.of(
                TASK_APPROVE_MEETING, List.of(TIME_DECISION, OTHER_START),
                TASK_ACCEPT_OTHER_TIME, List.of(TIME_DECISION, OTHER_START));
    }

    /**
     * A meeting is held once its time has come: a "yes" before its start is refused, also when a coordinator ran the
     * confirmation's timer early, so no future meeting ever counts as held.
     */
    private Optional<TaskAnswers.Problem> notYetHeld(DelegateTask task, ProcessVariable<String> saysHeld) {
        if (!saysHeld.holds(task, "yes")) {
            return Optional.empty();
        }
        Meeting meeting = meetings.get(MEETING_ID.get(task));
        return !meeting.getStartsAt().isAfter(clock.instant()) ? Optional.empty()
                : TaskAnswers.Problem.of("answers.meeting.not-yet-held",
                        (LocalizedValue) locale -> MeetingTimes.describe(meeting, locale, zone));
    }

    /** Offering another time needs a time in the future, within the same horizon as a proposal. */
    private Optional<TaskAnswers.Problem> otherTime(DelegateTask task) {
        if (!TIME_DECISION.holds(task, "other")) {
            return Optional.empty();
        }
        Instant other = MeetingTimes.parse(OTHER_START.get(task), zone);
        return other != null && other.isAfter(clock.instant()) && !MeetingPlan.beyondHorizon(other, clock.instant())
                ? withinAgreement(task, other)
                : TaskAnswers.Problem.of("answers.meeting.other-time");
    }

    private Optional<TaskAnswers.Problem> proposal(DelegateTask task) {
        MeetingPlan plan = MeetingDraft.read(task, zone);
        return TaskAnswers.Problem.of(plan.problems(clock.instant()))
                .or(() -> plan.startsAt() == null ? Optional.empty() : withinAgreement(task, plan.startsAt()));
    }

    /**
     * Once the agreement sets the mentorship's end, its meetings lie before it; a later one needs the agreement
     * changed first. A mentorship already past its planned end (finishing) keeps the horizon only.
     */
    private Optional<TaskAnswers.Problem> withinAgreement(DelegateTask task, Instant startsAt) {
        LocalDate end = mentorships.get(MentorshipProcess.mentorshipId(task.getExecution())).getPlannedEndOn();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (end == null || today.isAfter(end) || !LocalDate.ofInstant(startsAt, zone).isAfter(end)) {
            return Optional.empty();
        }
        return TaskAnswers.Problem.of("answers.meeting.after-agreement", (LocalizedValue) locale ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(end));
    }
}

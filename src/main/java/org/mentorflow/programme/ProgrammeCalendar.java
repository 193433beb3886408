package org.mentorflow.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's side of a cohort's calendar: starts its process when the cohort is created and, when a coordinator
 * moves a date, gives the process the new dates and moves its pending timers with them.
 * <p>
 * Only what is still ahead moves: a step whose timer already fired (sign-up opened, the window closed) stays done
 * when its date is moved afterwards, and a date moved into the past makes its pending timer fire at the next run of
 * the job executor. The briefings are read from the programme when the request window closes, and each reminder
 * reads its briefing's start when it is due, so a moved briefing moves its reminder too.
 */
@Service
public class ProgrammeCalendar {

    private final RuntimeService runtime;
    private final ManagementService management;

    ProgrammeCalendar(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /**
     * Starts processes/cohort-programme.bpmn for a newly created (saved) cohort, with the programme's id as business
     * key; nothing for a continuous programme, nor for a cohort whose process runs already.
     */
    @Transactional
    public void start(Programme programme) {
        if (!programme.isCohort() || instanceOf(programme) != null) {
            return;
        }
        runtime.createProcessInstanceByKey(CohortProgrammeProcess.KEY)
                .businessKey(CohortProgrammeProcess.businessKey(programme.getId()))
                .setVariables(variables(programme))
                .execute();
    }

    /**
     * The cohort's dates or briefings were changed and saved: the process gets the new dates, and every pending
     * timer of it and of the instances it called (the surveys) is due anew at them.
     */
    @Transactional
    public void datesChanged(Programme programme) {
        ProcessInstance instance = instanceOf(programme);
        if (instance == null) {
            return;
        }
        runtime.setVariables(instance.getId(), variables(programme));
        Deque<String> instances = new ArrayDeque<>();
        instances.add(instance.getId());
        while (!instances.isEmpty()) {
            String id = instances.poll();
            for (Job timer : management.createJobQuery().processInstanceId(id).timers().list()) {
                // dates come from the variables; a duration (a survey's reminder) still counts from when it began
                management.recalculateJobDuedate(timer.getId(), true);
            }
            runtime.createProcessInstanceQuery().superProcessInstanceId(id).list()
                    .forEach(called -> instances.add(called.getId()));
        }
    }

    private ProcessInstance instanceOf(Programme programme) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CohortProgrammeProcess.KEY)
                .processInstanceBusinessKey(CohortProgrammeProcess.businessKey(programme.getId())).singleResult();
    }

    /** The calendar as the process's variables: instants as dates, the end as the start of the day after the last. */
    static VariableMap variables(Programme programme) {
        Instant endsAt = endsAt(programme);
        Instant halfwayAt = programme.getHalfwayAt() != null ? programme.getHalfwayAt()
                : halfway(required(programme, programme.getRequestsCloseAt(), "requests close"), endsAt, programme);
        VariableMap variables = Variables.createVariables();
        CohortProgrammeProcess.PROGRAMME_ID.put(variables, programme.getId());
        CohortProgrammeProcess.COORDINATOR_GROUP.put(variables, programme.getCoordinatorGroup());
        CohortProgrammeProcess.SIGNUP_OPENS_AT.put(variables, date(programme, programme.getSignupOpensAt(), "sign-up opens"));
        CohortProgrammeProcess.SIGNUP_CLOSES_AT.put(variables, date(programme, programme.getSignupClosesAt(), "sign-up closes"));
        CohortProgrammeProcess.REQUESTS_OPEN_AT.put(variables, date(programme, programme.getRequestsOpenAt(), "requests open"));
        CohortProgrammeProcess.REQUESTS_CLOSE_AT.put(variables, date(programme, programme.getRequestsCloseAt(), "requests close"));
        CohortProgrammeProcess.HALFWAY_AT.put(variables, Date.from(halfwayAt));
        CohortProgrammeProcess.ENDS_AT.put(variables, Date.from(endsAt));
        CohortProgrammeProcess.SURVEY_REMINDER_AFTER.put(variables,
                programme.getSurveyReminderAfter() == null ? "P7D" : programme.getSurveyReminderAfter());
        return variables;
    }

    /** The start of the day after the programme's last day, in its zone. */
    static Instant endsAt(Programme programme) {
        return required(programme, programme.getRunsUntil(), "runs until").plusDays(1).atStartOfDay(programme.zone()).toInstant();
    }

    /** Without a date of its own: halfway between the start of the first day (or the window's close) and the end. */
    private static Instant halfway(Instant requestsCloseAt, Instant endsAt, Programme programme) {
        Instant from = programme.getRunsFrom() == null ? requestsCloseAt : programme.getRunsFrom().atStartOfDay(programme.zone()).toInstant();
        return from.plus(Duration.between(from, endsAt).dividedBy(2));
    }

    private static Date date(Programme programme, Instant instant, String what) {
        return Date.from(required(programme, instant, what));
    }

    private static <T> T required(Programme programme, T value, String what) {
        if (value == null) {
            throw new IllegalStateException("Cohort " + programme.getSlug() + " has no date for '" + what + "'");
        }
        return value;
    }
}

package org.mentorflow.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mentorflow.cohort.CohortJourney.at;
import static org.mentorflow.cohort.CohortJourney.clockAt;
import static org.mentorflow.cohort.CohortJourney.jobs;
import static org.mentorflow.cohort.CohortJourney.processOf;
import static org.mentorflow.cohort.CohortJourney.runDueJobs;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.MentorInvitation;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeCalendar;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator moves a cohort's dates and its timers move with them; at its end, the coordinator decides on every
 * mentorship still running on the closing page.
 */
class CohortDatesAndClosingTest extends IntegrationTest {

    @Autowired
    Programmes programmes;
    @Autowired
    ProgrammeCalendar calendar;
    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    Programme created(Programme programme) {
        return CohortJourney.created(programmes, calendar, programme);
    }

    @Autowired
    PlatformTransactionManager transactionManager;

    /** Moves a briefing as the coordinators' admin page does: in one transaction with its programme. */
    Instant moveBriefing(long programmeId, String title, Duration by) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            Briefing briefing = programmes.get(programmeId).getBriefings().stream()
                    .filter(b -> b.getTitle().equals(title)).findFirst().orElseThrow();
            briefing.move(briefing.getStartsAt().plus(by), briefing.getEndsAt().plus(by));
            return briefing.getStartsAt();
        });
    }

    @Test
    void aMovedDateMovesThePendingTimerNothingFiresAtTheOldDate() {
        int year = 2033;
        clockAt(at(year, 1, 1, 9));
        Programme programme = created(CohortJourney.programme(year, MentorInvitation.PAST_MENTORS));
        ProcessInstance cohort = processOf(programme);
        Person mentor = people.mentor(2);
        Person mentee = people.mentee();
        programmes.saveCandidate(new Candidate(programme.getId(), mentor.getId(), CandidateRole.MENTOR, 2, List.of(MentoringLevel.MASTERS),
                null, at(year, 1, 8, 9)));
        clockAt(programme.getRequestsOpenAt().plusSeconds(60));
        runDueJobs(cohort);
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.EVENT_GATEWAY_WINDOW_OPEN);
        Instant oldClose = programme.getRequestsCloseAt();
        Instant newClose = oldClose.plus(Duration.ofDays(2));

        // the coordinator moves the window's close two days later
        programme.setRequestsCloseAt(newClose);
        programme = programmes.save(programme);
        calendar.datesChanged(programme);
        assertThat(job(CohortProgrammeProcess.TIMER_REQUESTS_CLOSE, cohort).getDuedate()).isEqualTo(Date.from(newClose));

        // at the old date nothing happens: no timer is due, and requests are still taken
        clockAt(oldClose.plusSeconds(60));
        assertThat(managementService().createJobQuery().processInstanceId(cohort.getId()).executable().count()).isZero();
        runDueJobs(cohort);
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.EVENT_GATEWAY_WINDOW_OPEN);
        Mentorship late = requests.request(programme.getId(), mentee.getId(), mentor.getId(), "Just in time?");
        assertThat(late.getState()).isEqualTo(MentorshipState.REQUESTED);

        // at the new one it fires, and the request still open expires
        clockAt(newClose.plusSeconds(60));
        assertThat(managementService().createJobQuery().processInstanceId(cohort.getId()).executable().list())
                .extracting(Job::getDuedate).containsExactly(Date.from(newClose));
        execute(job(CohortProgrammeProcess.TIMER_REQUESTS_CLOSE, cohort));
        execute(job(CohortProgrammeProcess.TASK_CLOSE_OPEN_REQUESTS, cohort));
        assertThat(mentorships.get(late.getId()).getState()).isEqualTo(MentorshipState.EXPIRED);
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS);

        // a briefing moved three days later moves its reminder
        jobs(cohort, CohortProgrammeProcess.TASK_INVITE_TO_BRIEFING).forEach(invite -> execute(invite));
        Instant movedStart = moveBriefing(programme.getId(), "Briefing for students", Duration.ofDays(3));
        calendar.datesChanged(programmes.get(programme.getId()));
        assertThat(jobs(cohort, CohortProgrammeProcess.TIMER_DAY_BEFORE_BRIEFING)).extracting(Job::getDuedate)
                .contains(Date.from(movedStart.minus(Duration.ofDays(1))))
                .doesNotContain(Date.from(at(year, 1, 27, 16)));

        // halfway, an untouched placement task gives way, so it never blocks the cohort
        Date halfway = (Date) runtimeService().getVariable(cohort.getId(), CohortProgrammeProcess.HALFWAY_AT.name());
        assertThat(halfway.toInstant()).isBetween(at(year, 4, 1, 0), at(year, 4, 30, 0));
        clockAt(halfway.toInstant().plusSeconds(60));
        execute(job(CohortProgrammeProcess.TIMER_PLACEMENTS_UNTIL_HALFWAY, cohort));
        assertThat(cohort).hasPassed(CohortProgrammeProcess.END_PLACEMENTS_LEFT)
                .hasNotPassed(CohortProgrammeProcess.TASK_SEND_PLACEMENTS);
        assertThat(taskService().createTaskQuery().processInstanceId(cohort.getId()).count()).isZero();
        execute(job(CohortProgrammeProcess.TIMER_HALFWAY, cohort));
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_HALFWAY).isWaitingAt(CohortProgrammeProcess.CALL_HALFWAY_SURVEY);
    }

    @Test
    void theClosingPageCompletesExtendsCancelsAndCloses() throws Exception {
        int year = 2034;
        Person coordinator = people.coordinator();
        clockAt(at(year, 1, 1, 9));
        Programme programme = created(CohortJourney.programme(year, MentorInvitation.PAST_MENTORS));
        ProcessInstance cohort = processOf(programme);
        Person toComplete = CohortJourney.named(people, people.mentee(), "Carla", "Complete");
        Person toCancel = CohortJourney.named(people, people.mentee(), "Cyril", "Cancel");
        Person toExtend = CohortJourney.named(people, people.mentee(), "Ella", "Extend");
        Person stillAsking = CohortJourney.named(people, people.mentee(), "Anton", "Asking");
        Person mentorA = people.mentor(2);
        Person mentorB = people.mentor(2);
        Person mentorC = people.mentor(1);
        for (Person mentor : List.of(mentorA, mentorB, mentorC)) {
            programmes.saveCandidate(new Candidate(programme.getId(), mentor.getId(), CandidateRole.MENTOR, mentor.getCapacity(),
                    List.of(MentoringLevel.MASTERS), null, at(year, 1, 8, 9)));
        }
        clockAt(at(year, 1, 27, 9));
        Mentorship completing = requests.place(programme.getId(), toComplete.getId(), mentorA.getId(), "Placed");
        ProcessInstance completingProcess = CohortJourney.running(completing);
        Mentorship cancelling = requests.place(programme.getId(), toCancel.getId(), mentorA.getId(), "Placed");
        ProcessInstance cancellingProcess = CohortJourney.running(cancelling);
        Mentorship extending = requests.place(programme.getId(), toExtend.getId(), mentorB.getId(), "Placed");
        ProcessInstance extendingProcess = CohortJourney.running(extending);
        Mentorship asking = requests.place(programme.getId(), stillAsking.getId(), mentorC.getId(), "Placed");
        ProcessInstance askingProcess = MentorshipJourney.processOf(asking);
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, askingProcess));

        // the end of the programme; the halfway survey (its model is built beside this one) is skipped
        Instant end = ProgrammeCalendarDates.endsAt(programme);
        clockAt(end.plusSeconds(60));
        runtimeService().createProcessInstanceModification(cohort.getId())
                .cancelAllForActivity(CohortProgrammeProcess.TIMER_SIGNUP_OPENS)
                .startBeforeActivity(CohortProgrammeProcess.TIMER_PROGRAMME_ENDS)
                .execute();
        assertThat(job(CohortProgrammeProcess.TIMER_PROGRAMME_ENDS, cohort).getDuedate()).isEqualTo(Date.from(end));
        execute(job(CohortProgrammeProcess.TIMER_PROGRAMME_ENDS, cohort));
        assertThat(cohort).hasPassed(CohortProgrammeProcess.GATEWAY_CLOSING_SPLIT)
                .isWaitingAt(CohortProgrammeProcess.CALL_FINAL_SURVEY, CohortProgrammeProcess.TASK_DECIDE_ON_RUNNING_MENTORSHIPS);
        String overview = (String) taskService().getVariableLocal(taskService().createTaskQuery().processInstanceId(cohort.getId())
                .singleResult().getId(), CohortProgrammeProcess.RUNNING_OVERVIEW.name());
        assertThat(overview).contains("4 mentorships are still running", toComplete.getDisplayName(), stillAsking.getDisplayName(),
                "request not answered yet", "/coordinator/programmes/" + programme.getId() + "/closing");

        BrowserSession browser = BrowserSession.loggedIn(port, coordinator.getId(), "secret");
        String path = "/coordinator/programmes/" + programme.getId() + "/closing";
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(toComplete.getDisplayName(), toCancel.getDisplayName(), toExtend.getDisplayName(),
                stillAsking.getDisplayName(), "name=\"mentorship." + completing.getId() + "\"", "Complete it (certificates for both)",
                "Close the request");

        Map<String, String> decisions = new LinkedHashMap<>();
        decisions.put("mentorship." + completing.getId(), CohortProgrammeProcess.DECISION_COMPLETE);
        decisions.put("mentorship." + cancelling.getId(), CohortProgrammeProcess.DECISION_CANCEL);
        decisions.put("mentorship." + extending.getId(), CohortProgrammeProcess.DECISION_EXTEND);
        decisions.put("mentorship." + asking.getId(), CohortProgrammeProcess.DECISION_CLOSE);
        decisions.put("reason", "");
        // a cancellation without a reason: refused in the reader's language
        HttpResponse<String> refused = browser.inLanguage("de").postForm(path, decisions);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Bitte geben Sie den Beteiligten eine Begründung für die Mentorings, die Sie beenden.");
        browser.inLanguage("en");

        decisions.put("reason", "The programme has ended; thank you both.");
        HttpResponse<String> applied = browser.postForm(path, decisions);
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(browser.get(path + "?done").body()).contains("Your decisions are applied");
        clearMailbox();
        execute(job(CohortProgrammeProcess.TASK_APPLY_CLOSING_DECISIONS, cohort));

        // complete: the existing completion path, credits, certificates and the "completed" mail
        assertThat(completingProcess).hasPassed(MentorshipProcess.EVENT_COMPLETED_BY_COORDINATOR, MentorshipProcess.GATEWAY_COMPLETED,
                MentorshipProcess.TASK_AWARD_COMPLETION_CREDITS).isWaitingAt(MentorshipProcess.TASK_ISSUE_CERTIFICATES);
        assertThat(mentorships.get(completing.getId()).getState()).isEqualTo(MentorshipState.COMPLETED);
        execute(job(MentorshipProcess.TASK_ISSUE_CERTIFICATES, completingProcess));
        execute(job(MentorshipProcess.TASK_MAIL_COMPLETED, completingProcess));
        assertThat(completingProcess).isEnded().hasPassed(MentorshipProcess.END_MENTORSHIP_COMPLETED);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), toComplete.getEmail())).singleElement()
                .satisfies(mail -> assertThat(mail.attachments()).isNotEmpty());

        // cancel: the existing cancellation, by the coordinator with the reason, both told
        assertThat(cancellingProcess).hasPassed(MentorshipProcess.EVENT_MENTORSHIP_CANCELLED).isWaitingAt(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED);
        Mentorship cancelled = mentorships.get(cancelling.getId());
        assertThat(cancelled.getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThat(cancelled.getCancelledBy()).isEqualTo(coordinator.getId());
        assertThat(cancelled.getCancelReason()).isEqualTo("The programme has ended; thank you both.");
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, cancellingProcess));
        assertThat(cancellingProcess).isEnded();
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), toCancel.getEmail())).hasSize(1);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mentorA.getEmail())).hasSizeGreaterThanOrEqualTo(1);

        // extend: keeps running past the programme's end
        assertThat(mentorships.get(extending.getId()).getState()).isEqualTo(MentorshipState.ACTIVE);
        assertThat(extendingProcess).isNotEnded();

        // the unanswered request: closed like one at the window's close
        assertThat(askingProcess).hasPassed(MentorshipProcess.EVENT_REQUEST_WINDOW_CLOSED).isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_EXPIRED);
        assertThat(mentorships.get(asking.getId()).getState()).isEqualTo(MentorshipState.EXPIRED);

        // the final survey (its model is built beside this one) is stood in for: once both branches arrived, the programme closes
        assertThat(cohort).isNotEnded().hasPassed(CohortProgrammeProcess.TASK_APPLY_CLOSING_DECISIONS)
                .hasNotPassed(CohortProgrammeProcess.TASK_CLOSE_PROGRAMME);
        runtimeService().createProcessInstanceModification(cohort.getId())
                .cancelAllForActivity(CohortProgrammeProcess.CALL_FINAL_SURVEY)
                .startBeforeActivity(CohortProgrammeProcess.GATEWAY_CLOSING_JOIN).execute();
        assertThat(cohort).isEnded().hasPassed(CohortProgrammeProcess.TASK_CLOSE_PROGRAMME, CohortProgrammeProcess.END_PROGRAMME_CLOSED);
        assertThat(programmes.get(programme.getId()).getClosedAt()).isEqualTo(end.plusSeconds(60));
        assertThat(browser.get(path).body()).contains("Nothing is to be decided for this programme now");
    }

    /** The programme's end as the calendar computes it, from the outside. */
    static final class ProgrammeCalendarDates {
        static Instant endsAt(Programme programme) {
            return programme.getRunsUntil().plusDays(1).atStartOfDay(programme.zone()).toInstant();
        }
    }
}

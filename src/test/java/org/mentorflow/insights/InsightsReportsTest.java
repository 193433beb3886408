package org.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.feedback.FeedbackAnswers;
import org.mentorflow.feedback.FeedbackRequest;
import org.mentorflow.feedback.FeedbackRequests;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A programme of its own with known mentorships, walked with the engine's clock through April 2025: every figure of
 * every report, on the page and in its CSV (parsed back), and who may read which.
 */
class InsightsReportsTest extends IntegrationTest {

    /** A Monday, 10:00 in Vienna: every request of the scenario is made then. */
    private static final Instant T0 = Instant.parse("2025-04-07T08:00:00Z");
    private static final String TRICKY_TEXT = "Gut, \"sehr\" gut\nÜberall schön";

    @Autowired
    Programmes programmes;
    @Autowired
    MentorshipRequests requests;
    @Autowired
    MentorshipLifecycle lifecycle;
    @Autowired
    FeedbackRequests feedback;

    private Programme programme;
    private String query;
    private long completedId;
    private long closedId;

    @BeforeEach
    void scenario() {
        ClockUtil.setCurrentTime(Date.from(T0));
        programme = programmes.save(programmes.draft("insights-" + UUID.randomUUID().toString().substring(0, 8),
                "Insights Ö " + UUID.randomUUID().toString().substring(0, 6), ProgrammeKind.CONTINUOUS, T0));
        query = "?programme=" + programme.getId() + "&from=2025-04-01&to=2025-05-31";

        ProcessInstance declined = request();
        ProcessInstance expiring = request();
        ProcessInstance withdrawn = request();
        ProcessInstance cancelled = request();
        ProcessInstance completed = request();
        ProcessInstance closed = request();
        completedId = Long.parseLong(completed.getBusinessKey());
        closedId = Long.parseLong(closed.getBusinessKey());

        at(Duration.ofHours(1));
        requests.withdraw(id(withdrawn), menteeOf(withdrawn));
        drain(withdrawn);
        at(Duration.ofHours(4));
        accept(completed);
        at(Duration.ofHours(10));
        complete(task(declined), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE));
        drain(declined);
        at(Duration.ofHours(20));
        accept(cancelled);
        at(Duration.ofHours(30));
        accept(closed);
        at(Duration.ofDays(2));
        lifecycle.cancel(id(cancelled), menteeOf(cancelled), "Found a job abroad.");
        drain(cancelled);
        at(Duration.ofDays(3));
        approveAgreement(completed);
        at(Duration.ofDays(5));
        approveAgreement(closed);
        disputedMeeting(closed, T0.plus(Duration.ofDays(7)));
        MentorshipJourney.heldMeeting(completed, T0.plus(Duration.ofDays(10)));

        Job expiry = managementService().createJobQuery().processInstanceId(expiring.getId())
                .activityId(MentorshipProcess.TIMER_REQUEST_EXPIRES).singleResult();
        ClockUtil.setCurrentTime(expiry.getDuedate());
        managementService().executeJob(expiry.getId());
        drain(expiring);

        MentorshipJourney.heldMeeting(completed, T0.plus(Duration.ofDays(24)));
        at(Duration.ofDays(30));
        complete(taskQuery().processInstanceId(completed.getId())
                .taskDefinitionKey(MentorshipProcess.TASK_FINISH_MENTORSHIP).singleResult(), MentorshipJourney.finishedEarly());
        drain(completed);
        complete(taskQuery().processInstanceId(completed.getId())
                .taskDefinitionKey(MentorshipProcess.TASK_CONFIRM_COMPLETION).singleResult(),
                withVariables(MentorshipProcess.COMPLETION_CONFIRMED.name(), "yes"));
        drain(completed);

        // the other pair stays silent: nudged once, then the coordinators close it
        fireTimer(closed, "Timer_FirstSilence");
        fireTimer(closed, "Timer_SecondSilence");
        complete(taskQuery().processInstanceId(closed.getId()).taskDefinitionKey(MentorshipProcess.TASK_CHECK_INACTIVE).singleResult(),
                withVariables(MentorshipProcess.INACTIVE_DECISION.name(), "close", MentorshipProcess.COORDINATOR_NOTE.name(),
                        "No answer from either."));
        drain(closed);

        answer(completedId, "MEETING_HELD", "MENTEE", 5, TRICKY_TEXT);
        answer(completedId, "MEETING_HELD", "MENTOR", 4, null);
        answer(closedId, "INACTIVITY", "MENTEE", 2, null);

        // after the period: counts nowhere in these reports
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-06-03T08:00:00Z")));
        ProcessInstance later = request();
        complete(task(later), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE));
        drain(later);
        ClockUtil.reset();
    }

    @Test
    void funnelCountsEveryStepAndWhereMentorshipsLeft() {
        BrowserSession analyst = BrowserSession.loggedIn(port, people.analyst().getId(), "secret");
        List<List<String>> expected = List.of(
                List.of("Step", "Reached", "Declined", "Expired", "Withdrawn", "Cancelled", "Closed for inactivity",
                        "Conversion to the next step (%)"),
                List.of("Requested", "6", "1", "1", "1", "0", "0", "50.0"),
                List.of("Accepted", "3", "0", "0", "0", "1", "0", "66.7"),
                List.of("Agreement approved", "2", "0", "0", "0", "0", "1", "50.0"),
                List.of("Active", "1", "0", "0", "0", "0", "0", "100.0"),
                List.of("Completed", "1", "0", "0", "0", "0", "0", ""));

        assertThat(csv(analyst, "/insights/funnel.csv" + query)).isEqualTo(expected);
        assertPageShows(analyst.get("/insights/funnel" + query), expected);
    }

    @Test
    void timesGiveMedianAndP90PerProgrammeAndMonth() {
        BrowserSession analyst = BrowserSession.loggedIn(port, people.analyst().getId(), "secret");
        String name = programme.getName();
        List<List<String>> expected = List.of(
                List.of("Programme", "Month requested", "Time", "Count", "Median", "90th percentile"),
                // answers after 4, 10, 20 and 30 hours
                List.of(name, "2025-04", "Answer to the request (hours)", "4", "15.0", "27.0"),
                List.of(name, "2025-04", "To the approved agreement (days)", "2", "4.0", "4.8"),
                List.of(name, "2025-04", "Between meetings (days)", "1", "14.0", "14.0"),
                List.of(name, "2025-04", "Whole mentorship (days)", "1", "27.0", "27.0"));

        assertThat(csv(analyst, "/insights/times.csv" + query)).isEqualTo(expected);
        assertPageShows(analyst.get("/insights/times" + query), expected);
    }

    @Test
    void meetingsPlannedHeldNudgesAndEscalationsPerMentorship() {
        BrowserSession analyst = BrowserSession.loggedIn(port, people.analyst().getId(), "secret");
        String name = programme.getName();
        List<List<String>> perMentorship = List.of(
                List.of("Mentorship", "Programme", "Planned", "Held", "Not held", "Disputed", "Inactivity nudges", "Escalations"),
                List.of(String.valueOf(completedId), name, "6", "2", "0", "0", "0", "0"),
                List.of(String.valueOf(closedId), name, "6", "0", "1", "1", "1", "1"));
        List<List<String>> totals = List.of(
                List.of("Mentorships", "Planned", "Held", "Not held", "Disputed", "Inactivity nudges", "Escalations"),
                List.of("2", "12", "2", "1", "1", "1", "1"));

        assertThat(csv(analyst, "/insights/meetings.csv" + query)).isEqualTo(perMentorship);
        assertThat(csv(analyst, "/insights/meetings-totals.csv" + query)).isEqualTo(totals);
        HttpResponse<String> page = analyst.get("/insights/meetings" + query);
        assertPageShows(page, perMentorship);
        assertPageShows(page, totals);
    }

    @Test
    void feedbackRatingsAndSurveysForAnalystsWhatPeopleWroteForCoordinatorsOnly() {
        BrowserSession analyst = BrowserSession.loggedIn(port, people.analyst().getId(), "secret");
        BrowserSession coordinator = BrowserSession.loggedIn(port, people.coordinator().getId(), "secret");
        List<List<String>> ratings = List.of(
                List.of("Occasion", "Asked", "Answered", "Response rate (%)", "Rated 1", "Rated 2", "Rated 3", "Rated 4", "Rated 5"),
                List.of("INACTIVITY", "2", "1", "50.0", "0", "1", "0", "0", "0"),
                List.of("MEETING_HELD", "4", "2", "50.0", "0", "0", "0", "1", "1"));
        List<List<String>> freeText = List.of(List.of("Occasion", "Role", "Question", "Answer"),
                List.of("MEETING_HELD", "Mentee", "What went well", TRICKY_TEXT));

        assertThat(csv(analyst, "/insights/ratings.csv" + query)).isEqualTo(ratings);
        assertThat(csv(analyst, "/insights/surveys.csv" + query)).as("a continuous programme runs no surveys")
                .containsExactly(List.of("Programme", "Survey", "Role", "Invited", "Answered", "Response rate (%)"));
        HttpResponse<String> analystsPage = analyst.get("/insights/feedback" + query);
        assertPageShows(analystsPage, ratings);
        assertThat(analystsPage.body()).doesNotContain("<h2>What people wrote</h2>").doesNotContain("Überall");
        assertThat(analyst.get("/insights/free-text.csv" + query).statusCode()).isEqualTo(403);

        assertThat(csv(coordinator, "/insights/free-text.csv" + query)).isEqualTo(freeText);
        assertThat(coordinator.get("/insights/feedback" + query).body()).contains("<h2>What people wrote</h2>")
                .contains("Gut, &quot;sehr&quot; gut\nÜberall schön");
    }

    @Test
    void germanReaderGetsGermanHeadersAndUmlautsInUtf8() {
        BrowserSession analyst = BrowserSession.loggedIn(port, people.analyst().getId(), "secret");
        analyst.get("/insights/funnel?lang=de");
        HttpResponse<String> csv = analyst.get("/insights/funnel.csv" + query);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        List<List<String>> rows = CsvParser.parse(csv.body());
        assertThat(rows.get(0)).contains("Schritt", "Zurückgezogen", "Wegen Inaktivität geschlossen");
        assertThat(rows.get(3).get(0)).isEqualTo("Vereinbarung bestätigt");
        assertThat(CsvParser.parse(analyst.get("/insights/times.csv" + query).body()).get(1).get(0)).isEqualTo(programme.getName())
                .contains("Ö");
    }

    private static List<List<String>> csv(BrowserSession browser, String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        return CsvParser.parse(response.body());
    }

    /** The page's table holds the CSV's rows, cell by cell. */
    private static void assertPageShows(HttpResponse<String> page, List<List<String>> table) {
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains(table.get(0).stream().map(h -> "<th>" + html(h) + "</th>").collect(Collectors.joining()));
        for (List<String> row : table.subList(1, table.size())) {
            assertThat(body).contains(row.stream().map(c -> "<td>" + html(c) + "</td>").collect(Collectors.joining()));
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private ProcessInstance request() {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        Mentorship mentorship = requests.request(programme.getId(), mentee.getId(), mentor.getId(), "Would you be my mentor?");
        ProcessInstance process = MentorshipJourney.processOf(mentorship);
        drain(process);
        return process;
    }

    private void accept(ProcessInstance process) {
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        drain(process);
    }

    private void approveAgreement(ProcessInstance mentorship) {
        ProcessInstance agreement = calledProcessInstance("agreement", mentorship);
        complete(task(agreement), MentorshipJourney.agreementTerms(6, "Learn to lead a team."));
        drain(agreement);
        complete(task(agreement), withVariables(MentorshipProcess.AGREEMENT_DECISION.name(), "approve"));
        drain(agreement);
    }

    /** The mentee says the meeting took place, the mentor says it did not. */
    private void disputedMeeting(ProcessInstance mentorship, Instant start) {
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(MeetingProcess.TASK_PROPOSE_MEETING).singleResult(),
                withVariables(MeetingProcess.PROPOSED_START.name(), start.toString(), MeetingProcess.PROPOSED_DURATION.name(), 60,
                        MeetingProcess.PROPOSED_PLACE.name(), "Online", MeetingProcess.PROPOSED_TOPIC.name(), "Progress"));
        ProcessInstance meeting = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
                .createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(mentorship.getBusinessKey()).singleResult();
        drain(meeting);
        complete(taskQuery().processInstanceId(meeting.getId()).singleResult(), withVariables(MeetingProcess.TIME_DECISION.name(), "approve"));
        drain(meeting);
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(2))));
        managementService().executeJob(managementService().createJobQuery().processInstanceId(meeting.getId())
                .activityId(MeetingProcess.TIMER_MEETING_OVER).singleResult().getId());
        complete(taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(MeetingProcess.TASK_CONFIRM_MENTEE).singleResult(),
                withVariables(MeetingProcess.MENTEE_SAYS_HELD.name(), "yes"));
        drain(meeting);
        complete(taskQuery().processInstanceId(meeting.getId()).taskDefinitionKey(MeetingProcess.TASK_CONFIRM_MENTOR).singleResult(),
                withVariables(MeetingProcess.MENTOR_SAYS_HELD.name(), "no"));
        drain(meeting);
        drain(mentorship);
    }

    private void fireTimer(ProcessInstance process, String timerId) {
        Job timer = managementService().createJobQuery().processInstanceId(process.getId()).activityId(timerId).singleResult();
        assertThat(timer).as(timerId).isNotNull();
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        drain(process);
    }

    private void answer(long mentorshipId, String occasion, String role, int rating, String wentWell) {
        FeedbackRequest request = feedback.of(mentorshipId).stream()
                .filter(r -> r.getOccasion().equals(occasion) && r.getRole().equals(role)).findFirst().orElseThrow();
        feedback.answer(request.getToken(), new FeedbackAnswers(rating, wentWell, null));
    }

    /** Runs the steps waiting as jobs right now (mails, async continuations), not timers. */
    private void drain(ProcessInstance process) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = new ArrayList<>(managementService().createJobQuery().processInstanceId(process.getId()).messages().list());
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private static void at(Duration afterT0) {
        ClockUtil.setCurrentTime(Date.from(T0.plus(afterT0)));
    }

    private static long id(ProcessInstance process) {
        return Long.parseLong(process.getBusinessKey());
    }

    private static String menteeOf(ProcessInstance process) {
        return (String) org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
                .getVariable(process.getId(), MentorshipProcess.MENTEE_ID.name());
    }
}

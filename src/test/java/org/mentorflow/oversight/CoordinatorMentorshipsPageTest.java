package org.mentorflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinators' list of mentorships and a mentorship's history: one completed (with a meeting), one cancelled,
 * one running; steps, names and times on the programme's clock (Europe/Vienna) in the reader's format; only
 * coordinators get in.
 */
class CoordinatorMentorshipsPageTest extends IntegrationTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final Instant START = MentorshipJourney.START;
    private static final Instant PROPOSED = START.plus(Duration.ofDays(1));
    private static final Instant MEETING = START.plus(Duration.ofDays(7));
    private static final Instant FINISHED = START.plus(Duration.ofDays(8));
    private static final Instant CANCELLED_AT = START.plus(Duration.ofDays(20));

    @Autowired
    MentorshipRequests requests;
    @Autowired
    MentorshipLifecycle lifecycle;
    @Autowired
    Programmes programmes;

    private BrowserSession coordinator;

    @BeforeEach
    void aCoordinator() {
        coordinator = BrowserSession.loggedIn(port, people.coordinator().getId(), "secret");
    }

    @Test
    void endedMentorshipsAreListedWithTheirStepsNamesAndDates() {
        Person lena = people.mentee();
        Person anna = people.mentor(1);
        long completed = completedWithAMeeting(lena, anna);
        Person tom = people.mentee();
        Person david = people.mentor(1);
        long cancelled = cancelledByTheMentee(tom, david, "Moved abroad for work.");

        HttpResponse<String> list = coordinator.get("/coordinator/mentorships?programme=" + Programmes.CONTINUOUS_SLUG + "&show=ended");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"mentorship-" + completed + "\"", "id=\"mentorship-" + cancelled + "\"")
                .contains(lena.getDisplayName() + " ↔ " + anna.getDisplayName(), tom.getDisplayName() + " ↔ " + david.getDisplayName())
                .contains("completed: both confirmed the end")
                .contains("cancelled by " + tom.getDisplayName() + ": Moved abroad for work.")
                .contains(english(START), english(CANCELLED_AT))
                .contains("/coordinator/mentorships/" + completed);

        String history = coordinator.get("/coordinator/mentorships/" + completed).body();
        assertThat(history).contains(lena.getDisplayName() + " ↔ " + anna.getDisplayName() + " (mentorship " + completed + ")")
                .contains("Times on the programme&#39;s clock: Europe/Vienna.");
        assertThat(stepRows(history)).containsSubsequence(
                row("Review mentorship request", anna, START),
                row("Write mentorship agreement", lena, START),
                row("Approve mentorship agreement", anna, START),
                row("Approve meeting", anna, PROPOSED),
                row("Confirm meeting took place (mentee)", lena, MEETING.plus(Duration.ofHours(2))),
                row("Finish mentorship", lena, MEETING.plus(Duration.ofHours(2))),
                row("Confirm completion", anna, FINISHED),
                "Mentorship completed");

        String cancelledHistory = coordinator.get("/coordinator/mentorships/" + cancelled).body();
        assertThat(cancelledHistory).contains("cancelled by " + tom.getDisplayName() + ": Moved abroad for work.")
                .contains("ended unfinished " + english(CANCELLED_AT))
                .contains("Mentorship cancelled");
    }

    @Test
    void runningMentorshipsLinkToCockpitAndGermanReadersGetGermanDates() {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance running = MentorshipJourney.runningSince(START, requests, mentee, mentor);
        long id = Long.parseLong(running.getBusinessKey());

        String list = coordinator.inLanguage("de").get("/coordinator/mentorships?show=running").body();

        assertThat(list).contains("id=\"mentorship-" + id + "\"")
                .contains("/camunda/app/cockpit/default/#/process-instance/" + running.getId())
                .contains("02.03.2026, 10:00")
                .contains("läuft noch");
        assertThat(coordinator.inLanguage("de").get("/coordinator/mentorships/" + id).body())
                .contains("wartet", "Schritte", "02.03.2026, 10:00");
    }

    @Test
    void badAddressesGetASentenceAndParticipantsAreRefused() {
        HttpResponse<String> unknownProgramme = coordinator.get("/coordinator/mentorships?programme=no-such-programme");
        assertThat(unknownProgramme.statusCode()).isEqualTo(404);
        assertThat(unknownProgramme.body()).contains("There is no programme at this address.");
        HttpResponse<String> unknownMentorship = coordinator.get("/coordinator/mentorships/x12");
        assertThat(unknownMentorship.statusCode()).isEqualTo(404);
        assertThat(unknownMentorship.body()).contains("There is no mentorship x12.");
        assertThat(coordinator.get("/coordinator/mentorships?page=abc&show=nonsense").statusCode()).isEqualTo(200);

        Person mentee = people.mentee();
        BrowserSession participant = BrowserSession.loggedIn(port, mentee.getId(), "secret");
        assertThat(participant.get("/coordinator/mentorships").statusCode()).isEqualTo(403);
        assertThat(participant.get("/coordinator/mentorships/1").statusCode()).isEqualTo(403);
        assertAsksForLogin(get("/coordinator/mentorships"));
    }

    private long completedWithAMeeting(Person mentee, Person mentor) {
        ProcessInstance mentorship = MentorshipJourney.runningSince(START, requests, mentee, mentor);
        ClockUtil.setCurrentTime(Date.from(PROPOSED));
        MentorshipJourney.heldMeeting(mentorship, MEETING);
        ClockUtil.setCurrentTime(Date.from(FINISHED));
        complete(task(TASK_FINISH_MENTORSHIP, mentorship), MentorshipJourney.finishedEarly());
        execute(job(TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        complete(task(TASK_CONFIRM_COMPLETION, mentorship), withVariables(COMPLETION_CONFIRMED.name(), "yes"));
        execute(job(TASK_ISSUE_CERTIFICATES, mentorship));
        execute(job(TASK_MAIL_COMPLETED, mentorship));
        return Long.parseLong(mentorship.getBusinessKey());
    }

    private long cancelledByTheMentee(Person mentee, Person mentor, String reason) {
        ProcessInstance mentorship = MentorshipJourney.runningSince(START, requests, mentee, mentor);
        long id = Long.parseLong(mentorship.getBusinessKey());
        ClockUtil.setCurrentTime(Date.from(CANCELLED_AT));
        lifecycle.cancel(id, mentee.getId(), reason);
        execute(job(TASK_MAIL_MENTORSHIP_ENDED, mentorship));
        return id;
    }

    /** The table of steps, one line a row, each cut down to its cells' texts joined by " | ". */
    private static String stepRows(String html) {
        String table = html.substring(html.indexOf("<table class=\"list steps\">"));
        return String.join("\n", Arrays.stream(table.split("<tr")).skip(2)
                .map(row -> row.replaceAll("(?s)<[^>]*>", "|").replaceAll("\\s*\\|[\\s|]*", " | ").strip())
                .toList());
    }

    /** The start of a task's row: its name, who had it and when it began. */
    private static String row(String step, Person who, Instant started) {
        return step + " | " + who.getDisplayName() + " | " + english(started);
    }

    private static String english(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .withZone(VIENNA).format(instant);
    }
}

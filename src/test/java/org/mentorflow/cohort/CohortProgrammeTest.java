package org.mentorflow.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.cohort.CohortJourney.at;
import static org.mentorflow.cohort.CohortJourney.clockAt;
import static org.mentorflow.cohort.CohortJourney.jobs;
import static org.mentorflow.cohort.CohortJourney.processOf;
import static org.mentorflow.cohort.CohortJourney.runDueJobs;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.request.RequestRefusedException;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.MentorInvitation;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeCalendar;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cohort walked by the engine clock: created through {@link Programmes} and {@link ProgrammeCalendar}, the mentors
 * invited at sign-up, the students told when the window opens, requests inside it and refused outside, the open ones
 * expired when it closes, the placements of the students left, the briefings with their calendar files and reminders.
 */
class CohortProgrammeTest extends IntegrationTest {

    static final int YEAR = 2031;

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

    void signUp(Programme programme, Person mentor, int capacity, MentoringLevel... levels) {
        programmes.saveCandidate(new Candidate(programme.getId(), mentor.getId(), CandidateRole.MENTOR, capacity, List.of(levels),
                null, at(YEAR, 1, 10, 12)));
    }

    @Test
    void aCohortRunsByItsCalendarFromSignUpToThePlacementsAndBriefings() throws Exception {
        Person coordinator = people.coordinator();
        Person anna = CohortJourney.named(people, people.mentor(1, "en"), "Anna", "Adler");
        Person bert = CohortJourney.named(people, people.mentor(2, "en"), "Bert", "Berger");
        Person clara = CohortJourney.named(people, people.mentor(1, "de"), "Clara", "Conrad");
        Person notSignedUp = CohortJourney.named(people, people.mentor(1, "en"), "Otto", "Ohne");
        Person mia = CohortJourney.named(people, people.mentee("en"), "Mia", "Maier");
        Person noah = CohortJourney.named(people, people.mentee("en"), "Noah", "Novak");
        Person lena = CohortJourney.named(people, people.mentee("de"), "Lena", "Lang");
        Person theo = CohortJourney.named(people, people.mentee("en"), "Theo", "Thaler");
        clockAt(at(YEAR, 1, 1, 9));
        Programme programme = created(CohortJourney.programme(YEAR, MentorInvitation.ALL_MENTORS));
        ProcessInstance cohort = processOf(programme);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(CohortProgrammeProcess.KEY)
                .processInstanceBusinessKey(programme.getId().toString()).count())
                .as("a cohort's key is never a bare id, which is a mentorship's key").isZero();
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.TIMER_SIGNUP_OPENS);
        assertThat(job(CohortProgrammeProcess.TIMER_SIGNUP_OPENS, cohort).getDuedate()).isEqualTo(Date.from(programme.getSignupOpensAt()));

        // sign-up opens: every verified mentor is invited to the programme's sign-up page
        clockAt(programme.getSignupOpensAt().plusSeconds(60));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TASK_INVITE_MENTORS).isWaitingAt(CohortProgrammeProcess.TIMER_SIGNUP_CLOSES);
        ReceivedMail invitation = only(anna);
        assertThat(invitation.subject()).isEqualTo("Mentor sign-up for " + programme.getName() + " is open");
        assertThat(invitation.text()).contains("http://mentorflow.test/programmes/" + programme.getSlug() + "/mentor-sign-up",
                "January 16, " + YEAR);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), notSignedUp.getEmail())).hasSize(1);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mia.getEmail())).isEmpty();
        signUp(programme, anna, 1, MentoringLevel.MASTERS);
        signUp(programme, bert, 2, MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        signUp(programme, clara, 1, MentoringLevel.MASTERS);

        // before the window: refused, with the dates
        clockAt(at(YEAR, 1, 18, 12));
        runDueJobs(cohort);
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.TIMER_REQUESTS_OPEN);
        assertThatThrownBy(() -> requests.request(programme.getId(), mia.getId(), anna.getId(), "Hello"))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("from 20 January " + YEAR);

        // the window opens: every student is told, with the link to the programme's mentors
        clearMailbox();
        clockAt(programme.getRequestsOpenAt().plusSeconds(60));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TASK_TELL_STUDENTS).isWaitingAt(CohortProgrammeProcess.EVENT_GATEWAY_WINDOW_OPEN);
        assertThat(job(CohortProgrammeProcess.TIMER_REQUESTS_CLOSE, cohort).getDuedate()).isEqualTo(Date.from(programme.getRequestsCloseAt()));
        assertThat(only(mia).text()).contains("http://mentorflow.test/programmes/" + programme.getSlug() + "/mentors");
        assertThat(only(lena).subject()).isEqualTo("Sie können jetzt eine Mentorin oder einen Mentor von " + programme.getName() + " anfragen");
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), anna.getEmail())).isEmpty();

        // inside the window: Mia asks Anna (no answer), Noah asks Bert (accepted); Lena and Theo only sign up
        Mentorship miaAnna = requests.request(programme.getId(), mia.getId(), anna.getId(), "Would you mentor me?");
        ProcessInstance miaAnnaProcess = MentorshipJourney.processOf(miaAnna);
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, miaAnnaProcess));
        Mentorship noahBert = requests.request(programme.getId(), noah.getId(), bert.getId(), "Would you mentor me?");
        ProcessInstance noahBertProcess = MentorshipJourney.processOf(noahBert);
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, noahBertProcess));
        complete(task(noahBertProcess), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, noahBertProcess));
        programmes.saveCandidate(new Candidate(programme.getId(), lena.getId(), CandidateRole.STUDENT, null, List.of(MentoringLevel.MASTERS),
                null, at(YEAR, 1, 21, 10)));
        programmes.saveCandidate(new Candidate(programme.getId(), theo.getId(), CandidateRole.STUDENT, null, List.of(MentoringLevel.DOCTORAL),
                null, at(YEAR, 1, 21, 11)));

        // the window closes: Mia's request expires by the message, on the expiry path with its mail
        clearMailbox();
        clockAt(programme.getRequestsCloseAt().plusSeconds(60));
        execute(job(CohortProgrammeProcess.TIMER_REQUESTS_CLOSE, cohort));
        execute(job(CohortProgrammeProcess.TASK_CLOSE_OPEN_REQUESTS, cohort));
        assertThat(miaAnnaProcess).hasPassed(MentorshipProcess.EVENT_REQUEST_WINDOW_CLOSED, MentorshipProcess.GATEWAY_REQUEST_ENDS_UNANSWERED)
                .isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_EXPIRED);
        assertThat(mentorships.get(miaAnna.getId()).getState()).isEqualTo(MentorshipState.EXPIRED);
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_EXPIRED, miaAnnaProcess));
        assertThat(miaAnnaProcess).isEnded().hasPassed(MentorshipProcess.END_REQUEST_EXPIRED);
        assertThat(only(mia).subject()).containsIgnoringCase("expired");
        assertThat(mentorships.get(noahBert.getId()).getState()).isEqualTo(MentorshipState.ACCEPTED);
        assertThatThrownBy(() -> requests.request(programme.getId(), theo.getId(), clara.getId(), "Hello"))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("ended on 26 January " + YEAR);

        // "Place unmatched students": Mia, Lena and Theo, the mentors with places, a suggestion each
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS);
        Task placing = placementTask(cohort);
        assertThat(taskService().getIdentityLinksForTask(placing.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("coordinators"));
        String overview = (String) taskService().getVariableLocal(placing.getId(), CohortProgrammeProcess.PLACEMENT_OVERVIEW.name());
        assertThat(overview).contains("3 students without a mentor", mia.getDisplayName(), lena.getDisplayName(), theo.getDisplayName(),
                "3 mentors with free places", "/coordinator/programmes/" + programme.getId() + "/placements")
                .doesNotContain(noah.getDisplayName(), notSignedUp.getDisplayName());
        assertThat(overview).contains("| " + lena.getDisplayName() + " | German | " + clara.getDisplayName() + " |");
        assertThat(overview).contains("| " + theo.getDisplayName() + " | English | " + bert.getDisplayName() + " |");

        BrowserSession browser = BrowserSession.loggedIn(port, coordinator.getId(), "secret");
        String path = "/coordinator/programmes/" + programme.getId() + "/placements";
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(mia.getDisplayName(), lena.getDisplayName(), theo.getDisplayName())
                .containsPattern("value=\"" + clara.getPublicId() + "\"\\s+selected=\"selected\"");
        assertThat(BrowserSession.loggedIn(port, people.mentor(1).getId(), "secret").get(path).statusCode()).isEqualTo(403);

        // two students for Anna's one place: refused on the page, in plain words
        Map<String, String> tooMany = new LinkedHashMap<>();
        tooMany.put("student." + mia.getPublicId(), anna.getPublicId());
        tooMany.put("student." + lena.getPublicId(), anna.getPublicId());
        tooMany.put("student." + theo.getPublicId(), "");
        HttpResponse<String> refused = browser.postForm(path, tooMany);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(anna.getDisplayName() + " has one free place: you chose more students for them.");
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS);

        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("student." + mia.getPublicId(), anna.getPublicId());
        chosen.put("student." + lena.getPublicId(), clara.getPublicId());
        chosen.put("student." + theo.getPublicId(), "");
        HttpResponse<String> sent = browser.postForm(path, chosen);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith(path + "?done"));
        assertThat(browser.get(path + "?done").body()).contains("The placements are on their way");
        execute(job(CohortProgrammeProcess.TASK_SEND_PLACEMENTS, cohort));
        assertThat(cohort).hasPassed(CohortProgrammeProcess.END_STUDENTS_PLACED);
        assertThat(mentorships.of(lena.getId())).singleElement().satisfies(placed -> {
            assertThat(placed.getMentor().getId()).isEqualTo(clara.getId());
            assertThat(placed.getProgramme().getId()).isEqualTo(programme.getId());
            assertThat(placed.getState()).isEqualTo(MentorshipState.REQUESTED);
            assertThat(placed.getRequestMessage()).contains("vermittelt Ihnen diese Anfrage"); // Clara reads German
        });
        assertThat(mentorships.of(mia.getId())).filteredOn(m -> m.getState() == MentorshipState.REQUESTED)
                .singleElement().satisfies(placed -> assertThat(placed.getMentor().getId()).isEqualTo(anna.getId()));
        assertThat(mentorships.of(theo.getId())).isEmpty();

        // briefings: students with a mentor on campus, the mentor candidates online, each with its calendar file
        clearMailbox();
        List<Job> invitations = jobs(cohort, CohortProgrammeProcess.TASK_INVITE_TO_BRIEFING);
        assertThat(invitations).hasSize(2);
        invitations.forEach(invite -> execute(invite));
        ReceivedMail studentInvitation = only(noah);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mia.getEmail())).isEmpty();
        assertThat(studentInvitation.text()).contains("Lecture hall 1, Main Building");
        Map<String, String> ics = ics(studentInvitation.attachments().get("briefing.ics"));
        assertThat(ics).containsEntry("DTSTART", YEAR + "0128T150000Z").containsEntry("DTEND", YEAR + "0128T170000Z")
                .containsEntry("LOCATION", "Lecture hall 1\\, Main Building").containsEntry("SUMMARY", "Briefing for students");
        Map<String, String> mentorIcs = ics(only(clara).attachments().get("briefing.ics"));
        assertThat(mentorIcs).containsEntry("DTSTART", YEAR + "0130T170000Z").containsEntry("URL", "https://meet.example/briefing");
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), anna.getEmail())).hasSize(1);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), notSignedUp.getEmail())).isEmpty();

        // the day before each briefing, a reminder
        List<Job> reminders = jobs(cohort, CohortProgrammeProcess.TIMER_DAY_BEFORE_BRIEFING);
        assertThat(reminders).extracting(Job::getDuedate).containsExactlyInAnyOrder(
                Date.from(at(YEAR, 1, 27, 16)), Date.from(at(YEAR, 1, 29, 18)));
        clearMailbox();
        clockAt(at(YEAR, 1, 27, 16).plusSeconds(60));
        runDueJobs(cohort);
        assertThat(only(noah).subject()).isEqualTo("Tomorrow: the briefing of " + programme.getName());
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), clara.getEmail())).isEmpty();
        clockAt(at(YEAR, 1, 29, 18).plusSeconds(60));
        runDueJobs(cohort);
        assertThat(only(clara).text()).contains("https://meet.example/briefing");
        assertThat(cohort).hasPassed(CohortProgrammeProcess.END_BRIEFING_REMINDED, CohortProgrammeProcess.END_BRIEFINGS_PREPARED)
                .isWaitingAt(CohortProgrammeProcess.TIMER_HALFWAY);
    }

    @Test
    void pastMentorsAloneAreInvitedWhenTheProgrammeSaysSo() {
        Person pastMentor = people.mentor(1);
        Person newMentor = people.mentor(1);
        clockAt(MentorshipJourney.START);
        MentorshipJourney.running(requests, people.mentee(), pastMentor);
        clockAt(at(YEAR + 1, 1, 1, 9));
        Programme programme = created(CohortJourney.programme(YEAR + 1, MentorInvitation.PAST_MENTORS));
        ProcessInstance cohort = processOf(programme);
        clearMailbox();
        clockAt(programme.getSignupOpensAt().plusSeconds(60));
        runDueJobs(cohort);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), pastMentor.getEmail())).hasSize(1);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), newMentor.getEmail())).isEmpty();
    }

    private Task placementTask(ProcessInstance cohort) {
        return taskService().createTaskQuery().processInstanceId(cohort.getId())
                .taskDefinitionKey(CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS).singleResult();
    }

    static ReceivedMail only(Person person) {
        List<ReceivedMail> mails = ReceivedMail.to(SMTP.getReceivedMessages(), person.getEmail());
        assertThat(mails).as("mails to " + person.getDisplayName()).hasSize(1);
        return mails.get(0);
    }

    /** The properties of the calendar file's event, by name (parameters dropped). */
    static Map<String, String> ics(byte[] file) {
        assertThat(file).as("briefing.ics").isNotNull();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT\r\n", "END:VEVENT\r\n");
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : text.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                properties.putIfAbsent(line.substring(0, colon).split(";")[0], line.substring(colon + 1));
            }
        }
        return properties;
    }

    static Instant plus(Instant instant, Duration duration) {
        return instant.plus(duration);
    }
}

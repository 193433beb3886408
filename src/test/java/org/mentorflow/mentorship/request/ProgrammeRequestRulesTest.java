package org.mentorflow.mentorship.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.RefusalException;
import org.mentorflow.mentorship.request.RequestRefusedException.Reason;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Each programme has its own rules: a request takes its limits and durations from its programme, a cohort takes
 * requests only inside its window and only to its mentor candidates, and each programme counts its own places.
 */
class ProgrammeRequestRulesTest extends IntegrationTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    Programmes programmes;
    @Autowired
    MessageSource messages;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aRequestTakesItsProgrammesDurationsIntoItsProcess() {
        Programme cohort = openCohort(programme -> {
            programme.setRequestReminderAfter("P2D");
            programme.setRequestReminders(1);
            programme.setRequestExpiresAfter("P5D");
            programme.setInactivityAfter("P21D");
        });
        Person mentor = candidate(cohort, people.mentor(1), 1);

        Mentorship mentorship = requests.request(cohort.getId(), people.mentee().getId(), mentor.getId(), "hello");

        ProcessInstance process = processOf(mentorship);
        assertThat(runtimeService().getVariables(process.getId()))
                .containsEntry(MentorshipProcess.PROGRAMME_ID.name(), cohort.getId())
                .containsEntry(MentorshipProcess.REQUEST_REMINDER_CYCLE.name(), "R1/P2D")
                .containsEntry(MentorshipProcess.REQUEST_EXPIRES_AFTER.name(), "P5D")
                .containsEntry(MentorshipProcess.INACTIVITY_AFTER.name(), "P21D");
        assertThat(mentorship.getProgramme().getId()).isEqualTo(cohort.getId());
        assertThat(programmes.candidate(cohort.getId(), mentorship.getMentee().getId(), CandidateRole.STUDENT))
                .as("a student's first request signs them up for the cohort").isPresent();
    }

    @Test
    void aCohortRefusesRequestsBeforeAndAfterItsWindowNamingTheDates() {
        Programme cohort = openCohort(programme -> { });
        Person mentor = candidate(cohort, people.mentor(1), 1);
        Person student = people.mentee();

        ClockUtil.setCurrentTime(Date.from(cohort.getRequestsOpenAt().minusSeconds(60)));
        RefusalException early = refused(cohort, student, mentor, Reason.OUTSIDE_REQUEST_WINDOW);
        assertThat(early).hasMessage("Requests in " + cohort.getName() + " can be sent from 20 January 2025 to 26 January 2025."
                + " Come back then: you can browse the mentor candidates already.");
        assertThat(inGerman(early)).startsWith("Anfragen in " + cohort.getName() + " können vom 20. Januar 2025 bis zum 26. Januar 2025");

        ClockUtil.setCurrentTime(Date.from(cohort.getRequestsCloseAt()));
        RefusalException late = refused(cohort, student, mentor, Reason.OUTSIDE_REQUEST_WINDOW);
        assertThat(late.getMessage()).startsWith("The request window of " + cohort.getName() + " ended on 26 January 2025.");
    }

    @Test
    void aCohortTakesRequestsOnlyToItsMentorCandidates() {
        Programme cohort = openCohort(programme -> { });
        Person outsider = people.mentor(2);

        RefusalException refusal = refused(cohort, people.mentee(), outsider, Reason.NOT_A_CANDIDATE);
        assertThat(refusal).hasMessage(outsider.getDisplayName() + " is not a mentor candidate in " + cohort.getName() + ".");
    }

    @Test
    void eachProgrammeCountsItsOwnOpenRequestsAndPlaces() {
        Programme cohort = openCohort(programme -> { });
        Person mentor = people.mentor(1);
        candidate(cohort, mentor, 1);
        Person student = people.mentee();
        Person someoneElse = people.mentor(1);

        requests.request(student.getId(), someoneElse.getId(), "in the continuous programme");
        Mentorship inCohort = requests.request(cohort.getId(), student.getId(), mentor.getId(), "and in the cohort");

        assertThat(inCohort.getProgramme().isCohort()).isTrue();
        refused(cohort, student, candidate(cohort, people.mentor(1), 1), Reason.OPEN_REQUEST_EXISTS);
        assertThat(mentorships.freePlaces(mentor, cohort)).isEqualTo(1);
        assertThat(mentorships.freePlaces(mentor)).as("the continuous programme's places are the profile's").isEqualTo(1);
    }

    @Test
    void aProgrammeMayAllowMoreOpenRequestsPerMenteeAndFewerPerMentor() {
        Programme cohort = openCohort(programme -> {
            programme.setMaxOpenRequestsPerMentee(2);
            programme.setMaxOpenRequestsPerMentor(1);
        });
        Person student = people.mentee();
        Person first = candidate(cohort, people.mentor(2), 2);
        Person second = candidate(cohort, people.mentor(2), 2);

        requests.request(cohort.getId(), student.getId(), first.getId(), "one");
        requests.request(cohort.getId(), student.getId(), second.getId(), "two");
        RefusalException third = refused(cohort, student, candidate(cohort, people.mentor(2), 2), Reason.OPEN_REQUEST_EXISTS);
        assertThat(third).hasMessageContaining("You already have 2 open requests in this programme.");
        RefusalException busy = refused(cohort, people.mentee(), first, Reason.MENTOR_HAS_TOO_MANY_REQUESTS);
        assertThat(busy).hasMessageContaining("already has 1 open requests");
    }

    @Test
    void onePersonMentorsInOneProgrammeAndIsMenteeInAnother() {
        Programme cohort = openCohort(programme -> { });
        Person both = people.mentor(1);
        both.setMentee(true);
        both.setApplication("my data", "my situation", "my goals", "the help I wish for");
        people.save(both);
        candidate(cohort, both, 1);

        Mentorship asMentor = requests.request(cohort.getId(), people.mentee().getId(), both.getId(), "mentor me in the cohort");
        Mentorship asMentee = requests.request(both.getId(), people.mentor(1).getId(), "and I am a mentee in the continuous one");

        assertThat(asMentor.getProgramme().isCohort()).isTrue();
        assertThat(asMentee.getProgramme().isCohort()).isFalse();
    }

    @Test
    void aProgrammeThatAsksForTheAccessCodeRefusesMenteesWithoutItAndTakesThemOnceGranted() {
        Programme cohort = openCohort(programme -> programme.setAccessCodeRequired(true));
        Person mentor = candidate(cohort, people.mentor(1), 1);
        Person withoutCode = people.mentee();
        jdbc.update("insert into registration (person_id, registered_at, verified_at, wants_mentee, access_status) values (?, now(), now(), true, 'REQUESTED')",
                withoutCode.getId());

        RefusalException refusal = refused(cohort, withoutCode, mentor, Reason.ACCESS_CODE_MISSING);
        assertThat(refusal).hasMessageStartingWith(cohort.getName() + " is open to members of the alumni community");
        assertThat(requests.request(withoutCode.getId(), people.mentor(1).getId(), "the continuous programme asks no code").getState())
                .isEqualTo(org.mentorflow.mentorship.MentorshipState.REQUESTED);

        jdbc.update("update registration set access_status = 'GRANTED' where person_id = ?", withoutCode.getId());
        Programme stillOpen = programmes.get(cohort.getId());
        assertThat(requests.request(stillOpen.getId(), withoutCode.getId(), mentor.getId(), "now with the code").getState())
                .isEqualTo(org.mentorflow.mentorship.MentorshipState.REQUESTED);
    }

    @Test
    void aPlacementNeedsNoOpenWindow() {
        Programme cohort = openCohort(programme -> { });
        Person mentor = candidate(cohort, people.mentor(1), 1);
        ClockUtil.setCurrentTime(Date.from(cohort.getRequestsCloseAt().plusSeconds(86400)));

        Mentorship placed = requests.place(cohort.getId(), people.mentee().getId(), mentor.getId(), "placed by a coordinator");

        assertThat(processOf(placed)).isNotNull();
    }

    /** A cohort of the 2025 calendar of the sources (requests 20-26 January), the engine clock inside its window. */
    private Programme openCohort(java.util.function.Consumer<Programme> rules) {
        String slug = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        Programme cohort = programmes.draft(slug, "Cohort " + slug, ProgrammeKind.COHORT, clock.instant());
        cohort.setTimeZone(HELSINKI.getId());
        cohort.setSignupOpensAt(day(2025, 1, 7));
        cohort.setSignupClosesAt(day(2025, 1, 17));
        cohort.setRequestsOpenAt(day(2025, 1, 20));
        cohort.setRequestsCloseAt(day(2025, 1, 27));
        cohort.setRunsFrom(LocalDate.of(2025, 1, 1));
        cohort.setRunsUntil(LocalDate.of(2025, 6, 30));
        rules.accept(cohort);
        ClockUtil.setCurrentTime(Date.from(day(2025, 1, 21)));
        return programmes.save(cohort);
    }

    private Person candidate(Programme cohort, Person mentor, int capacity) {
        programmes.saveCandidate(new Candidate(cohort.getId(), mentor.getId(), CandidateRole.MENTOR, capacity,
                List.of(MentoringLevel.MASTERS), null, clock.instant()));
        return mentor;
    }

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(HELSINKI).toInstant();
    }

    private RefusalException refused(Programme cohort, Person student, Person mentor, Reason reason) {
        long before = runtimeService().createProcessInstanceQuery()
                .variableValueEquals(MentorshipProcess.MENTEE_ID.name(), student.getId()).count();
        Throwable thrown = catchThrowable(
                () -> requests.request(cohort.getId(), student.getId(), mentor.getId(), "please"));
        assertThat(thrown).isInstanceOf(RequestRefusedException.class).extracting("reason").isEqualTo(reason);
        assertThat(runtimeService().createProcessInstanceQuery()
                .variableValueEquals(MentorshipProcess.MENTEE_ID.name(), student.getId()).count())
                .as("a refused request starts no process").isEqualTo(before);
        return (RefusalException) thrown;
    }

    private String inGerman(RefusalException refusal) {
        return messages.getMessage(refusal, Locale.GERMAN);
    }

    private ProcessInstance processOf(Mentorship mentorship) {
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(mentorship.getId().toString()).singleResult();
    }
}

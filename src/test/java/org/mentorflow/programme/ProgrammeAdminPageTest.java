package org.mentorflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinators' programme admin area: the list, a new cohort with every rule and its calendar, every refusal of
 * the form in plain sentences (English, and German), editing, a stale edit, and nobody else gets in.
 */
class ProgrammeAdminPageTest extends IntegrationTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired
    Programmes programmes;

    private BrowserSession coordinator;

    @BeforeEach
    void coordinatorOnFirstDecember2030() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-12-01T10:00:00Z")));
        Person person = people.coordinator();
        coordinator = BrowserSession.loggedIn(port, person.getId(), "secret");
    }

    @Test
    void aNewCohortIsSavedWithItsRulesAndItsCalendarInTheProgrammesTimeZone() {
        String slug = ProgrammeForms.uniqueSlug("cohort");

        HttpResponse<String> saved = coordinator.postForm("/coordinator/programmes", ProgrammeForms.cohort(slug, 2031));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Programme programme = programmes.find(slug).orElseThrow();
        assertThat(saved.headers().firstValue("Location").orElseThrow())
                .endsWith("/coordinator/programmes/" + programme.getId() + "?created");
        assertThat(programme.getKind()).isEqualTo(ProgrammeKind.COHORT);
        assertThat(programme.getName()).isEqualTo("Mentoring Programme 2031");
        assertThat(programme.getCertificateName()).as("empty: the name").isEqualTo("Mentoring Programme 2031");
        assertThat(programme.getTimeZone()).isEqualTo("Europe/Helsinki");
        assertThat(programme.languageList()).containsExactly("en", "fi");
        assertThat(programme.capacityChoiceList()).containsExactly(1, 2);
        assertThat(programme.getRequestReminderAfter()).isEqualTo("P3D");
        assertThat(programme.requestReminderCycle()).isEqualTo("R2/P3D");
        assertThat(programme.getRequestExpiresAfter()).isEqualTo("P14D");
        assertThat(programme.agreementReminderCycle()).isEqualTo("R1/P7D");
        assertThat(programme.getInactivityAfter()).isEqualTo("P30D");
        assertThat(programme.isNonAlumniMentorsWelcome()).isTrue();
        assertThat(programme.isAccessCodeRequired()).isFalse();
        assertThat(programme.mentorLevelList()).containsExactly(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        assertThat(programme.getMentorInvitation()).isEqualTo(MentorInvitation.PAST_MENTORS);
        assertThat(programme.getSignupOpensAt()).isEqualTo(helsinki("2031-01-07T00:00"));
        assertThat(programme.getSignupClosesAt()).as("00:00 after the last day").isEqualTo(helsinki("2031-01-17T00:00"));
        assertThat(programme.getRequestsOpenAt()).isEqualTo(helsinki("2031-01-20T00:00"));
        assertThat(programme.getRequestsCloseAt()).isEqualTo(helsinki("2031-01-27T00:00"));
        assertThat(programme.getRunsFrom()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThat(programme.getRunsUntil()).isEqualTo(LocalDate.of(2031, 6, 30));
        assertThat(programme.getHalfwayAt()).as("the middle of the run").isEqualTo(helsinki("2031-04-01T00:00"));
        assertThat(programme.getSurveyReminderAfter()).isEqualTo("P7D");
        assertThat(programme.getBriefings()).hasSize(2);
        Briefing students = programme.briefing(Audience.STUDENTS).orElseThrow();
        assertThat(students.getStartsAt()).isEqualTo(helsinki("2031-01-28T16:00"));
        assertThat(students.getEndsAt()).isEqualTo(helsinki("2031-01-28T18:00"));
        assertThat(students.getPlace()).isEqualTo("Otaniemi campus, Undergraduate Centre, hall U1");
        assertThat(students.getLink()).isNull();
        Briefing mentors = programme.briefing(Audience.MENTORS).orElseThrow();
        assertThat(mentors.getStartsAt()).isEqualTo(helsinki("2031-01-30T17:00"));
        assertThat(mentors.getLink()).isEqualTo("https://aalto.zoom.us/j/123456789");
        assertThat(mentors.getPlace()).isNull();

        String overview = coordinator.get("/coordinator/programmes/" + programme.getId() + "?created").body();
        assertThat(overview).contains("The programme is created.", "Mentoring Programme 2031", "Calendar",
                "7–16 January 2031", "20–26 January 2031", "Tue 28 January 2031, 16:00–18:00",
                "Otaniemi campus, Undergraduate Centre, hall U1", "Thu 30 January 2031, 17:00–18:30",
                "https://aalto.zoom.us/j/123456789", "1 January – 30 June 2031", "1 April 2031",
                "Today: 1 December 2030", "upcoming", "Mentor candidates", "3 days, 2 times", "7 days, once", "14 days",
                "alumni who mentored before", "Europe/Helsinki",
                "/coordinator/programmes/" + programme.getId() + "/match-proposal",
                "/coordinator/programmes/" + programme.getId() + "/placements",
                "/coordinator/programmes/" + programme.getId() + "/closing",
                "/coordinator/programmes/" + programme.getId() + "/surveys",
                "/programmes/" + slug);

        String list = coordinator.get("/coordinator/programmes").body();
        assertThat(list).contains("id=\"programme-" + slug + "\"", "Mentoring Programme 2031", "opens 7 January 2031",
                "opens 20 January 2031", "always open", "New continuous programme", "New cohort");
    }

    @Test
    void theNewFormIsFilledWithTheContinuousProgrammesRules() {
        Programme continuous = programmes.continuous();

        String cohort = coordinator.get("/coordinator/programmes/new?kind=COHORT").body();
        String other = coordinator.get("/coordinator/programmes/new?kind=CONTINUOUS").body();

        assertThat(cohort).contains("<h1>New cohort</h1>", "Calendar", "Briefing for students (on campus)",
                "Briefing for mentors (online)", "name=\"signupFrom\"", "name=\"mentorBriefingLink\"",
                "value=\"" + continuous.getMaxOpenRequestsPerMentee() + "\"",
                "name=\"requestExpiryDays\" type=\"text\" inputmode=\"numeric\" value=\"" + Days.show(continuous.getRequestExpiresAfter()) + "\"",
                "<option value=\"" + continuous.getTimeZone() + "\" selected=\"selected\">",
                "value=\"coordinators\"", "The rules are filled in from the continuous programme");
        assertThat(other).contains("<h1>New continuous programme</h1>", "name=\"requestReminderDays\"")
                .doesNotContain("name=\"signupFrom\"").doesNotContain("Briefing for students");
    }

    @Test
    void aContinuousProgrammeHasNoCalendar() {
        String slug = ProgrammeForms.uniqueSlug("all-year");
        Map<String, String> form = ProgrammeForms.with(ProgrammeForms.cohort(slug, 2031), "kind", "CONTINUOUS",
                "signupFrom", "", "signupTo", "not read for a continuous programme");

        HttpResponse<String> saved = coordinator.postForm("/coordinator/programmes", form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Programme programme = programmes.find(slug).orElseThrow();
        assertThat(programme.getKind()).isEqualTo(ProgrammeKind.CONTINUOUS);
        assertThat(programme.getSignupOpensAt()).isNull();
        assertThat(programme.getBriefings()).isEmpty();
        assertThat(coordinator.get("/coordinator/programmes/" + programme.getId()).body())
                .doesNotContain("/match-proposal").doesNotContain("Calendar");
    }

    @Test
    void everyMistakeIsToldInAPlainSentenceAndEverythingTypedIsKept() {
        String slug = ProgrammeForms.uniqueSlug("mistakes");
        Map<String, String> good = ProgrammeForms.cohort(slug, 2031);
        Map<String, String[]> mistakes = new LinkedHashMap<>();
        mistakes.put("name", new String[] {"", "Please fill in this field."});
        mistakes.put("slug", new String[] {"Aalto 2031", "Use lowercase letters, digits and hyphens only, such as aalto-2025."});
        mistakes.put("timeZone", new String[] {"Mars/Olympus", "Choose a time zone from the list."});
        mistakes.put("languages", new String[] {"", "Choose at least one language."});
        mistakes.put("maxOpenRequestsPerMentee", new String[] {"0", "Give a whole number from 1 to 10."});
        mistakes.put("maxOpenRequestsPerMentor", new String[] {"many", "Give a whole number from 1 to 10."});
        mistakes.put("capacityChoices", new String[] {"", "Choose at least one number of students a mentor may take."});
        mistakes.put("requestReminderDays", new String[] {"P3D", "Give a number of days from 1 to 60."});
        mistakes.put("requestReminders", new String[] {"11", "Give a whole number from 1 to 10."});
        mistakes.put("requestExpiryDays", new String[] {"400", "Give a number of days from 1 to 365."});
        mistakes.put("agreementReminderDays", new String[] {"0", "Give a number of days from 1 to 60."});
        mistakes.put("inactivityDays", new String[] {"-3", "Give a number of days from 1 to 365."});
        mistakes.put("mentorLevels", new String[] {"", "Choose at least one level."});
        mistakes.put("coordinatorGroup", new String[] {"nobody-here", "There is no Camunda group “nobody-here”"});
        mistakes.put("signupFrom", new String[] {"7.1.2031", "Give a date, such as 2025-01-07."});
        mistakes.put("signupTo", new String[] {"2031-01-05", "Mentor sign-up cannot end before it starts."});
        mistakes.put("requestsFrom", new String[] {"2031-01-16", "The request window opens after mentor sign-up has closed"});
        mistakes.put("requestsTo", new String[] {"2031-01-19", "The request window cannot end before it starts."});
        mistakes.put("runsUntil", new String[] {"2030-12-31", "The programme cannot end before it starts."});
        mistakes.put("halfway", new String[] {"2031-07-01", "The halfway check-in must lie inside the programme’s run (1 January 2031 to 30 June 2031)."});
        mistakes.put("surveyReminderDays", new String[] {"", "Give a number of days from 1 to 60."});
        mistakes.put("studentBriefingDate", new String[] {"2031-01-19", "The briefing lies between the opening of the request window (20 January 2031) and the programme’s last day (30 June 2031)."});
        mistakes.put("studentBriefingEnd", new String[] {"15:00", "The briefing must end after it starts."});
        mistakes.put("studentBriefingPlace", new String[] {"", "Please fill in this field."});
        mistakes.put("mentorBriefingStart", new String[] {"5 pm", "Give a time, such as 14:00."});
        mistakes.put("mentorBriefingLink", new String[] {"zoom meeting", "Give a web address beginning with https://."});

        for (Map.Entry<String, String[]> mistake : mistakes.entrySet()) {
            String field = mistake.getKey();
            Map<String, String> form = ProgrammeForms.with(good, field, mistake.getValue()[0],
                    "description", "Kept as typed " + field);
            HttpResponse<String> page = coordinator.postForm("/coordinator/programmes", form);

            assertThat(page.statusCode()).as(field).isEqualTo(200);
            assertThat(page.body()).as(field).contains("Please correct the marked fields.",
                    "id=\"" + field + "-problem\"", mistake.getValue()[1], "Kept as typed " + field);
        }
        assertThat(programmes.find(slug)).as("nothing saved").isEmpty();
    }

    @Test
    void theRequestWindowMustCloseByTheEndOfTheRunAndTheAddressMustBeFree() {
        Map<String, String> late = ProgrammeForms.with(ProgrammeForms.cohort(ProgrammeForms.uniqueSlug("late"), 2031),
                "requestsTo", "2031-07-02");
        assertThat(coordinator.postForm("/coordinator/programmes", late).body())
                .contains("The request window must close by the programme’s last day (30 June 2031).");

        Map<String, String> taken = ProgrammeForms.cohort(Programmes.CONTINUOUS_SLUG, 2031);
        assertThat(coordinator.postForm("/coordinator/programmes", taken).body())
                .contains("id=\"slug-problem\"", "Another programme already has this address; choose another one.");
    }

    @Test
    void aNewCohortsDatesLieAhead() {
        Map<String, String> past = ProgrammeForms.cohort(ProgrammeForms.uniqueSlug("past"), 2030);

        String page = coordinator.postForm("/coordinator/programmes", past).body();

        assertThat(page).contains("id=\"signupFrom-problem\"", "This day has passed: a new cohort’s dates lie ahead.",
                "id=\"requestsTo-problem\"", "id=\"runsUntil-problem\"", "id=\"studentBriefingDate-problem\"");
    }

    @Test
    void germanReadersReadGermanSentences() {
        coordinator.inLanguage("de");
        Map<String, String> form = ProgrammeForms.with(ProgrammeForms.cohort(ProgrammeForms.uniqueSlug("de"), 2031),
                "name", "", "signupTo", "2031-01-05", "requestExpiryDays", "x");

        String page = coordinator.postForm("/coordinator/programmes", form).body();

        assertThat(page).contains("Bitte korrigieren Sie die markierten Felder.", "Bitte füllen Sie dieses Feld aus.",
                "Die Anmeldung kann nicht enden, bevor sie beginnt.", "Geben Sie eine Zahl von Tagen von 1 bis 365 an.",
                "Neuer Jahrgang");
    }

    @Test
    void editingMovesTheDatesAndAStaleFormIsRefusedWithoutLosingTheTyping() {
        String slug = ProgrammeForms.uniqueSlug("edit");
        Map<String, String> form = ProgrammeForms.cohort(slug, 2031);
        coordinator.postForm("/coordinator/programmes", form);
        Programme created = programmes.find(slug).orElseThrow();

        String edit = coordinator.get("/coordinator/programmes/" + created.getId() + "/edit").body();
        assertThat(edit).contains("Edit Mentoring Programme 2031",
                "Changed rules apply to requests sent from now on; mentorships already running keep theirs.",
                "name=\"signupTo\" type=\"date\" value=\"2031-01-16\"", "name=\"requestsTo\" type=\"date\" value=\"2031-01-26\"",
                "name=\"halfway\" type=\"date\" value=\"2031-04-01\"", "value=\"16:00\"", "value=\"https://aalto.zoom.us/j/123456789\"",
                "name=\"version\" value=\"" + created.getVersion() + "\"");

        Map<String, String> moved = ProgrammeForms.with(form, "version", String.valueOf(created.getVersion()),
                "requestsTo", "2031-01-28", "studentBriefingDate", "2031-01-29", "mentorBriefingLink", "",
                "mentorBriefingDate", "", "mentorBriefingStart", "", "mentorBriefingEnd", "", "requestExpiryDays", "10");
        HttpResponse<String> saved = coordinator.postForm("/coordinator/programmes/" + created.getId(), moved);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("?saved");
        Programme changed = programmes.find(slug).orElseThrow();
        assertThat(changed.getRequestsCloseAt()).isEqualTo(helsinki("2031-01-29T00:00"));
        assertThat(changed.getRequestExpiresAfter()).isEqualTo("P10D");
        assertThat(changed.briefing(Audience.STUDENTS).orElseThrow().getStartsAt()).isEqualTo(helsinki("2031-01-29T16:00"));
        assertThat(changed.briefing(Audience.MENTORS)).as("emptied: no mentor briefing").isEmpty();
        assertThat(changed.getVersion()).isGreaterThan(created.getVersion());

        // a second tab still holds the first version
        Map<String, String> stale = ProgrammeForms.with(moved, "name", "Typed in the stale tab");
        HttpResponse<String> refused = coordinator.postForm("/coordinator/programmes/" + created.getId(), stale);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Someone else changed this programme while you were editing it. Reload the page",
                "value=\"Typed in the stale tab\"", "/coordinator/programmes/" + created.getId() + "/edit");
        assertThat(programmes.find(slug).orElseThrow().getName()).isEqualTo("Mentoring Programme 2031");
    }

    @Test
    void aMovedBriefingAloneCountsAsAChangeForTheNextEditor() {
        String slug = ProgrammeForms.uniqueSlug("briefing");
        Map<String, String> form = ProgrammeForms.cohort(slug, 2031);
        coordinator.postForm("/coordinator/programmes", form);
        Programme created = programmes.find(slug).orElseThrow();

        Map<String, String> moved = ProgrammeForms.with(form, "version", String.valueOf(created.getVersion()),
                "mentorBriefingStart", "18:00", "mentorBriefingEnd", "19:00");
        assertThat(coordinator.postForm("/coordinator/programmes/" + created.getId(), moved).statusCode()).isEqualTo(302);

        assertThat(programmes.find(slug).orElseThrow().getVersion()).isGreaterThan(created.getVersion());
        assertThat(coordinator.postForm("/coordinator/programmes/" + created.getId(), moved).statusCode()).isEqualTo(409);
    }

    @Test
    void onlyCoordinatorsGetIn() {
        Person mentee = people.mentee();
        BrowserSession participant = BrowserSession.loggedIn(port, mentee.getId(), "secret");
        long someId = programmes.continuous().getId();

        for (String path : new String[] {"/coordinator/programmes", "/coordinator/programmes/new?kind=COHORT",
                "/coordinator/programmes/" + someId, "/coordinator/programmes/" + someId + "/edit"}) {
            assertThat(participant.get(path).statusCode()).as(path).isEqualTo(403);
            assertAsksForLogin(BrowserSession.anonymous(port).get(path));
        }
        HttpResponse<String> post = participant.postForm("/coordinator/programmes",
                ProgrammeForms.cohort(ProgrammeForms.uniqueSlug("intruder"), 2031));
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void theTopBarLeadsCoordinatorsToTheirListAndEveryoneElseToTheProgrammes() {
        assertThat(coordinator.get("/").body()).contains("href=\"/coordinator/programmes\">Programmes</a>");
        assertThat(BrowserSession.anonymous(port).get("/").body()).contains("href=\"/programmes\">Programmes</a>");
    }

    @Test
    void anUnknownProgrammeIsAPlainNotFound() {
        HttpResponse<String> page = coordinator.get("/coordinator/programmes/987654321");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no programme at this address.");
    }

    private static Instant helsinki(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), HELSINKI).toInstant();
    }
}

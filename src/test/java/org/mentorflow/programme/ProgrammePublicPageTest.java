package org.mentorflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public programme pages: what a cohort is and its schedule in the reader's language and the programme's time
 * zone, and only the buttons its windows allow at the moment (the engine clock moved through the cohort's January).
 */
class ProgrammePublicPageTest extends IntegrationTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired
    Programmes programmes;

    private String slug;

    @BeforeEach
    void aCohortFor2031() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-12-01T10:00:00Z")));
        Person coordinator = people.coordinator();
        slug = ProgrammeForms.uniqueSlug("public");
        HttpResponse<String> saved = BrowserSession.loggedIn(port, coordinator.getId(), "secret")
                .postForm("/coordinator/programmes", ProgrammeForms.cohort(slug, 2031));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    @Test
    void theSchedulePlacesAndLanguagesInTheReadersLanguage() {
        String page = get("/programmes/" + slug).body();

        assertThat(page).contains("Mentoring Programme 2031", "A six-month programme from January to June.",
                "Schedule", "The programme runs", "1 January – 30 June 2031",
                "Mentors sign up as mentor candidates", "7–16 January 2031",
                "Students choose a mentor candidate and send a mentoring request", "20–26 January 2031",
                "Briefing session for students", "Tue 28 January 2031, 16:00–18:00", "Otaniemi campus, Undergraduate Centre, hall U1",
                "Briefing session for mentors", "Thu 30 January 2031, 17:00–18:30", "online",
                "Halfway check-in survey", "1 April 2031", "Final feedback survey; the programme ends", "30 June 2031",
                "Eastern European Time (Europe/Helsinki)", "Who may join", "Master&#39;s and doctoral students",
                "English, Finnish");
        assertThat(page).as("the meeting link goes to those invited, not to the public")
                .doesNotContain("https://aalto.zoom.us/j/123456789");

        String german = getInLanguage("/programmes/" + slug, "de").body();
        assertThat(german).contains("Zeitplan", "7.–16. Januar 2031", "20.–26. Januar 2031", "Di., 28. Januar 2031, 16:00–18:00 Uhr",
                "Die Anmeldung der Mentor:innen öffnet am 7. Januar 2031 und läuft bis 16. Januar 2031.", "Englisch, Finnisch");
    }

    @Test
    void beforeSignUpThePageSaysWhenItOpensAndShowsNoButton() {
        String page = get("/programmes/" + slug).body();

        assertThat(page).contains("Mentor sign-up opens on 7 January 2031 and runs until 16 January 2031.",
                "Students can join from 7 January 2031.", "Students send their mentoring requests 20–26 January 2031.");
        assertThat(page).doesNotContain("id=\"mentor-sign-up\"").doesNotContain("id=\"join\"").doesNotContain("id=\"browse\"");
    }

    @Test
    void duringSignUpMentorsAndStudentsSignUp() {
        at("2031-01-07T00:00");
        String page = get("/programmes/" + slug).body();

        assertThat(page).contains("Mentor sign-up is open until 16 January 2031.", "Students can join until 26 January 2031.",
                "Sign up as mentor candidate", "href=\"/programmes/" + slug + "/mentor-sign-up\"",
                "Join as a student", "href=\"/programmes/" + slug + "/join\"");
        assertThat(page).doesNotContain("id=\"browse\"");

        at("2031-01-16T23:59");
        assertThat(get("/programmes/" + slug).body()).contains("id=\"mentor-sign-up\"");
    }

    @Test
    void duringTheRequestWindowStudentsBrowseTheCandidates() {
        at("2031-01-17T00:00");
        String between = get("/programmes/" + slug).body();
        assertThat(between).contains("Mentor sign-up closed on 16 January 2031.", "id=\"join\"")
                .doesNotContain("id=\"mentor-sign-up\"").doesNotContain("id=\"browse\"");

        at("2031-01-20T00:00");
        String open = get("/programmes/" + slug).body();
        assertThat(open).contains("The request window is open until 26 January 2031", "Browse mentor candidates",
                "href=\"/programmes/" + slug + "/mentors\"", "id=\"join\"").doesNotContain("id=\"mentor-sign-up\"");
    }

    @Test
    void afterTheRequestWindowThePageSaysItClosed() {
        at("2031-01-27T00:00");
        String page = get("/programmes/" + slug).body();

        assertThat(page).contains("Mentor sign-up closed on 16 January 2031.", "Joining closed on 26 January 2031.",
                "The request window closed on 26 January 2031.");
        assertThat(page).doesNotContain("id=\"mentor-sign-up\"").doesNotContain("id=\"join\"").doesNotContain("id=\"browse\"");
    }

    @Test
    void theListShowsEveryProgrammeAndTheContinuousOneIsAlwaysOpen() {
        String list = get("/programmes").body();
        assertThat(list).contains("id=\"programme-" + slug + "\"", "Mentoring Programme 2031", "Cohort with a schedule",
                "sign-up opens 7 January 2031", "id=\"programme-" + Programmes.CONTINUOUS_SLUG + "\"", "All year round");

        String continuous = get("/programmes/" + Programmes.CONTINUOUS_SLUG).body();
        assertThat(continuous).contains("This programme is always open", "id=\"find-mentor\"", "href=\"/mentors\"")
                .doesNotContain("id=\"mentor-sign-up\"").doesNotContain("Schedule");
    }

    @Test
    void anUnknownAddressIsAPlainNotFoundInTheReadersLanguage() {
        HttpResponse<String> english = get("/programmes/no-such-programme");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("There is no programme at this address.").doesNotContain("Exception");

        HttpResponse<String> german = getInLanguage("/programmes/no-such-programme", "de");
        assertThat(german.statusCode()).isEqualTo(404);
        assertThat(german.body()).contains("Unter dieser Adresse gibt es kein Programm.");
    }

    private static void at(String helsinkiTime) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(java.time.LocalDateTime.parse(helsinkiTime), HELSINKI).toInstant()));
    }
}

package org.mentorflow.joining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorflow.joining.CohortFixture.*;

import java.net.http.HttpResponse;
import java.util.Map;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mentor signs up as a candidate of the 2025 cohort while its sign-up is open, changes and withdraws it; the profile
 * check and every wrong choice come back as a plain sentence, outside the window the dates.
 */
class MentorSignUpPageTest extends IntegrationTest {

    @Autowired
    Programmes programmes;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    CandidateLanguages candidateLanguages;

    @Autowired
    MentorshipRequests requests;

    Programme cohort;
    Person mentor;

    @BeforeEach
    void cohortAndMentor() {
        cohort = cohort(programmes);
        mentor = mentorOf(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        clockAt(SIGN_UP);
    }

    @Test
    void visitorsLogInFirst() {
        assertAsksForLogin(get(path()));
    }

    @Test
    void signsUpChangesAndWithdraws() {
        BrowserSession browser = browser(mentor);
        String form = browser.get(path()).body();
        assertThat(form).contains("Sign up as a mentor candidate: " + NAME, "How many students I mentor in this programme",
                "Master&#39;s students", "Doctoral students", "English", "runs in English, Finnish");
        assertThat(form).as("the profile's levels and languages prefilled")
                .contains("value=\"MASTERS\" checked", "value=\"DOCTORAL\" checked", "value=\"en\" checked");

        HttpResponse<String> saved = browser.postForm(path(), Map.of("capacity", "2", "levels", "DOCTORAL", "languages", "en",
                "preferences", "  A doctoral student who wants to leave academia.  "));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(path() + "?notice=saved");
        Candidate candidate = candidate().orElseThrow();
        assertThat(candidate.getCapacity()).isEqualTo(2);
        assertThat(candidate.levelList()).containsExactly(MentoringLevel.DOCTORAL);
        assertThat(candidate.getPreferences()).isEqualTo("A doctoral student who wants to leave academia.");
        assertThat(candidateLanguages.of(cohort.getId(), mentor.getId())).containsExactly("en");
        String again = browser.get(path() + "?notice=saved").body();
        assertThat(again).contains("Your sign-up for " + NAME + " is saved.", "Save changes", "Withdraw my sign-up",
                "A doctoral student who wants to leave academia.</textarea>");
        assertThat(again).contains("value=\"DOCTORAL\" checked").doesNotContain("value=\"MASTERS\" checked");

        browser.postForm(path(), Map.of("capacity", "1", "levels", "MASTERS", "languages", "en"));
        assertThat(candidate().orElseThrow().getCapacity()).isEqualTo(1);
        assertThat(candidate().orElseThrow().levelList()).containsExactly(MentoringLevel.MASTERS);
        assertThat(candidate().orElseThrow().getPreferences()).isNull();

        HttpResponse<String> withdrawn = browser.postForm(path() + "/withdraw", Map.of());
        assertThat(withdrawn.headers().firstValue("Location").orElse("")).endsWith(path() + "?notice=withdrawn");
        assertThat(candidate()).isEmpty();
        assertThat(candidateLanguages.of(cohort.getId(), mentor.getId())).isEmpty();
        assertThat(browser.get(path() + "?notice=withdrawn").body()).contains("Your sign-up for " + NAME + " is withdrawn.",
                "Sign up as a mentor candidate</button>");
    }

    @Test
    void theProfileIsCheckedFirst() {
        Person mentee = people.mentee();
        assertProfileRefused(mentee, "Only mentors sign up as mentor candidates; your profile has no mentor role.");

        Person unverified = mentorOf(MentoringLevel.MASTERS);
        unverified.setMentorVerified(false);
        people.save(unverified);
        assertProfileRefused(unverified, "Your mentor profile is not verified yet; you can sign up once a coordinator has verified it.");

        Person noBackground = mentorOf(MentoringLevel.MASTERS);
        noBackground.setProfessionalBackground("  ");
        people.save(noBackground);
        assertProfileRefused(noBackground, "Your mentor profile is incomplete: fill in your professional background first, since students choose their mentor by it.");

        assertProfileRefused(mentorOf(), "Your profile mentors none of the levels of " + NAME
                + ": add the level you mentor in your profile first.");

        Person germanOnly = people.mentor(1, "de");
        germanOnly.getMentoringLevels().add(MentoringLevel.MASTERS);
        people.save(germanOnly);
        assertProfileRefused(germanOnly, "Your profile speaks none of the languages " + NAME
                + " runs in: add the language you mentor in to your profile first.");
    }

    @Test
    void aProgrammeForAlumniOnlyRefusesMentorsWhoGraduatedElsewhere() {
        cohort.setNonAlumniMentorsWelcome(false);
        cohort = programmes.save(cohort);
        Person elsewhere = mentorOf(MentoringLevel.MASTERS);
        jdbc.update("insert into registration (person_id, registered_at, verified_at, wants_mentor, alumnus, access_status)"
                + " values (?, now(), now(), true, false, 'NONE')", elsewhere.getId());

        assertProfileRefused(elsewhere, NAME + " takes graduates of this university as mentors; your registration says you"
                + " graduated elsewhere.");
        assertThat(browser(mentorOf(MentoringLevel.MASTERS)).get(path()).body()).as("an alumnus signs up as before")
                .contains("name=\"capacity\"");
    }

    @Test
    void wrongChoicesAreRefusedAndTheFormKept() {
        assertChoiceRefused(Map.of("capacity", "2", "languages", "en", "preferences", "Anyone curious."),
                "Choose at least one level you mentor in " + NAME + ", from those of your profile.");
        Person mastersOnly = mentorOf(MentoringLevel.MASTERS);
        String page = browser(mastersOnly).postForm(path(), Map.of("capacity", "1", "levels", "DOCTORAL", "languages", "en")).body();
        assertThat(page).as("a level the profile does not mentor").contains("Choose at least one level you mentor in " + NAME);
        assertThat(programmes.candidate(cohort.getId(), mastersOnly.getId(), CandidateRole.MENTOR)).isEmpty();

        assertChoiceRefused(Map.of("capacity", "3", "levels", "MASTERS", "languages", "en", "preferences", "Anyone curious."),
                "Choose how many students you mentor in " + NAME + ".");
        assertChoiceRefused(Map.of("levels", "MASTERS", "languages", "en", "preferences", "Anyone curious."),
                "Choose how many students you mentor in " + NAME + ".");
        assertChoiceRefused(Map.of("capacity", "1", "levels", "MASTERS", "preferences", "Anyone curious."),
                "Choose at least one of the languages " + NAME + " runs in that you mentor in.");
        assertChoiceRefused(Map.of("capacity", "1", "levels", "MASTERS", "languages", "de", "preferences", "Anyone curious."),
                "Choose at least one of the languages " + NAME + " runs in that you mentor in.");
        String tooLong = "x".repeat(CohortSignUps.MAX_PREFERENCES_LENGTH + 1);
        String refused = browser(mentor).postForm(path(), Map.of("capacity", "1", "levels", "MASTERS", "languages", "en",
                "preferences", tooLong)).body();
        assertThat(refused).contains("Your preferences are too long: at most 1000 characters, please.", tooLong + "</textarea>");
        assertThat(candidate()).isEmpty();
    }

    @Test
    void outsideTheWindowThePageGivesTheDates() {
        clockAt(BEFORE_SIGN_UP);
        String before = browser(mentor).get(path()).body();
        assertThat(before).contains("Mentor sign-up for " + NAME + " opens on 7 January 2025 and closes on 16 January 2025.")
                .doesNotContain("name=\"capacity\"");
        assertThat(browser(mentor).inLanguage("de").get(path()).body()).contains("Die Anmeldung für Mentorinnen und Mentoren von "
                + NAME + " beginnt am 7. Januar 2025 und endet am 16. Januar 2025.");

        clockAt(BETWEEN);
        String after = browser(mentor).postForm(path(), Map.of("capacity", "1", "levels", "MASTERS", "languages", "en")).body();
        assertThat(after).contains("Mentor sign-up for " + NAME + " closed on 16 January 2025.");
        assertThat(candidate()).isEmpty();
    }

    @Test
    void noSignUpChangesOnceItClosed() {
        browser(mentor).postForm(path(), Map.of("capacity", "1", "levels", "MASTERS", "languages", "en"));
        clockAt(REQUESTS);

        String page = browser(mentor).get(path()).body();
        assertThat(page).contains("closed on 16 January 2025.", "You are a mentor candidate of " + NAME + ".")
                .doesNotContain("Withdraw my sign-up");
        assertThat(browser(mentor).postForm(path() + "/withdraw", Map.of()).body()).contains("closed on 16 January 2025.");
        assertThat(candidate()).isPresent();
    }

    @Test
    void aMentorAskedInTheCohortKeepsTheSignUpAndTheirPlaces() {
        BrowserSession browser = browser(mentor);
        browser.postForm(path(), Map.of("capacity", "2", "levels", "MASTERS", "languages", "en"));
        // a coordinator's placement needs no request window: sign-up may still be open
        ProcessInstance placed = MentorshipJourney.processOf(requests.place(cohort.getId(), people.mentee().getId(), mentor.getId(), "Hello"));

        assertThat(browser.postForm(path() + "/withdraw", Map.of()).body()).contains("Students of " + NAME
                + " have asked you already, so your sign-up stays: answer their requests, or ask a coordinator to take you off.");
        assertThat(candidate()).isPresent();

        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, placed));
        complete(task(placed), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        ProcessInstance second = MentorshipJourney.processOf(requests.place(cohort.getId(), people.mentee().getId(), mentor.getId(), "Hi"));
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, second));
        complete(task(second), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        assertThat(browser.postForm(path(), Map.of("capacity", "1", "levels", "MASTERS", "languages", "en")).body())
                .contains("You already mentor 2 students in " + NAME + ": offer at least as many places.");
        assertThat(candidate().orElseThrow().getCapacity()).isEqualTo(2);
    }

    @Test
    void aContinuousProgrammeTakesNoSignUps() {
        String page = browser(mentor).get("/programmes/" + Programmes.CONTINUOUS_SLUG + "/mentor-sign-up").body();
        assertThat(page).contains("runs all year: mentors need no sign-up");
        assertThat(browser(mentor).get("/programmes/no-such-programme/mentor-sign-up").statusCode()).isEqualTo(404);
    }

    private void assertProfileRefused(Person person, String sentence) {
        BrowserSession browser = browser(person);
        String page = browser.get(path()).body();
        assertThat(page).contains(sentence, "To my profile").doesNotContain("name=\"capacity\"");
        assertThat(browser.postForm(path(), Map.of("capacity", "1", "levels", "MASTERS", "languages", "en")).body()).contains(sentence);
        assertThat(programmes.candidate(cohort.getId(), person.getId(), CandidateRole.MENTOR)).isEmpty();
    }

    private void assertChoiceRefused(Map<String, String> fields, String sentence) {
        HttpResponse<String> answer = browser(mentor).postForm(path(), fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(sentence, "Anyone curious.</textarea>");
        assertThat(candidate()).isEmpty();
    }

    private Person mentorOf(MentoringLevel... levels) {
        Person person = people.mentor(1);
        person.getMentoringLevels().addAll(java.util.List.of(levels));
        return people.save(person);
    }

    private java.util.Optional<Candidate> candidate() {
        return programmes.candidate(cohort.getId(), mentor.getId(), CandidateRole.MENTOR);
    }

    private String path() {
        return "/programmes/" + cohort.getSlug() + "/mentor-sign-up";
    }

    private BrowserSession browser(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }
}

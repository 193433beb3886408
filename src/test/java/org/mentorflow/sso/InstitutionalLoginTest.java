package org.mentorflow.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.mentorflow.profile.AccountDeletion;
import org.mentorflow.registration.NewRegistration;
import org.mentorflow.registration.RegistrationJourney;
import org.mentorflow.registration.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The institution's single sign-on, end to end over HTTP against a real OpenID Connect provider in the test JVM:
 * the portal's button, the provider's login, its callback, and what the portal, Tasklist and the role choice make
 * of the person it vouches for.
 */
class InstitutionalLoginTest extends IntegrationTest {

    private static final String CAMUNDA_USER = "/camunda/api/admin/auth/user/default";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistrationService registrations;
    @Autowired
    AccountDeletion deletion;

    /** Camunda sends everybody to its first-admin setup page while no administrator exists. */
    @BeforeEach
    void anAdministratorExists() {
        people.admin();
    }

    @Test
    void theLoginPageOffersTheInstitutionInTheReadersLanguage() {
        String english = BrowserSession.anonymous(port).get("/login").body();
        assertThat(english).contains("Log in with Aalto University", "href=\"/oauth2/authorization/institution\"",
                "name=\"password\"");
        assertThat(BrowserSession.anonymous(port).inLanguage("de").get("/login").body())
                .contains("Mit Aalto-Universität anmelden");
    }

    @Test
    void aNewStudentIsRegisteredWithoutPasswordOrMailAndMayBecomeAMentee() {
        String subject = unique("student");
        String email = subject + "@aalto.test";
        BrowserSession browser = BrowserSession.anonymous(port);

        HttpResponse<String> login = browser.logInThroughInstitution(subject,
                claims(email, "Sanna", "Student", List.of("student", "member")));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/register/role"));
        Person person = peopleService.findByEmail(email).orElseThrow();
        assertThat(person.getFirstName()).isEqualTo("Sanna");
        assertThat(person.getLastName()).isEqualTo("Student");
        assertThat(person.getId()).isEqualTo(subject); // the address's letters and digits
        assertThat(registrations.isVerified(person.getId())).as("the institution confirmed the address").isTrue();
        assertThat(SMTP.getReceivedMessages()).as("no verification link to mail").isEmpty();
        assertThat(peopleService.checkPassword(person.getId(), "")).isFalse();

        String rolePage = browser.get("/register/role").body();
        assertThat(rolePage).contains("value=\"mentee\"", "value=\"both\"").doesNotContain("Only students");
        HttpResponse<String> chosen = browser.postForm("/register/role", Map.of("role", "mentee"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(peopleService.get(person.getId()).isMentee()).isTrue();
        assertThat(browser.get("/my").statusCode()).isEqualTo(200);
    }

    @Test
    void aLaterLoginFindsThePersonByTheInstitutionsSubjectWhateverTheAddressSaysNow() {
        String subject = unique("again");
        BrowserSession.anonymous(port).logInThroughInstitution(subject,
                claims(subject + "@aalto.test", "Aino", "Again", List.of("student")));
        String userId = peopleService.findByEmail(subject + "@aalto.test").orElseThrow().getId();

        BrowserSession later = BrowserSession.anonymous(port);
        later.logInThroughInstitution(subject, claims("renamed-" + subject + "@aalto.test", "Aino", "Again", List.of("student")));

        assertThat(later.get(CAMUNDA_USER).body()).contains("\"userId\":\"" + userId + "\"");
        assertThat(peopleService.findByEmail("renamed-" + subject + "@aalto.test")).isEmpty();
        assertThat(links(userId)).isEqualTo(1);
    }

    @Test
    void anAlumnaMayBecomeAMentorButNotAMenteeAndIsToldWhyInHerLanguage() {
        String subject = unique("alumna");
        BrowserSession browser = BrowserSession.anonymous(port);
        browser.logInThroughInstitution(subject, claims(subject + "@aalto.test", "Alma", "Alumna", List.of("alum")));
        String userId = peopleService.findByEmail(subject + "@aalto.test").orElseThrow().getId();

        String rolePage = browser.get("/register/role").body();
        assertThat(rolePage).contains("Only students of the university can take part as mentees", "value=\"mentor\"")
                .doesNotContain("value=\"mentee\"", "value=\"both\"");

        for (String role : List.of("mentee", "both")) {
            HttpResponse<String> refused = browser.postForm("/register/role", Map.of("role", role));
            assertThat(refused.statusCode()).as(role).isEqualTo(200);
            assertThat(refused.body()).contains("You are welcome as a mentor.");
        }
        assertThat(browser.inLanguage("de").postForm("/register/role", Map.of("role", "mentee")).body())
                .contains("Als Mentee können nur Studierende der Hochschule teilnehmen");
        assertThat(peopleService.get(userId).isMentee()).isFalse();

        HttpResponse<String> mentor = browser.postForm("/register/role", Map.of("role", "mentor"));
        assertThat(mentor.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/register/mentor"));
        assertThat(registrations.stage(userId)).isEqualTo(RegistrationService.Stage.ANSWERING_MENTOR_QUESTIONS);
    }

    @Test
    void aPersonRegisteredWithTheSameAddressIsLinkedNotDuplicated() {
        Person mentee = people.mentee();
        String subject = unique("linked");
        BrowserSession browser = BrowserSession.anonymous(port);

        HttpResponse<String> login = browser.logInThroughInstitution(subject,
                claims(mentee.getEmail().toUpperCase(), "Someone", "Else", List.of("student")));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
        assertThat(browser.get(CAMUNDA_USER).body()).contains("\"userId\":\"" + mentee.getId() + "\"");
        assertThat(jdbc.queryForObject("select count(*) from person where lower(email) = lower(?)", Integer.class,
                mentee.getEmail())).isEqualTo(1);
        assertThat(peopleService.get(mentee.getId()).getFirstName()).as("the profile stays the person's own").isEqualTo("Mia");
        assertThat(links(mentee.getId())).isEqualTo(1);
        // the password goes on working beside the institution's login
        BrowserSession.loggedIn(port, mentee.getId(), "secret");
    }

    @Test
    void aRegistrationWaitingForItsLinkIsConfirmedByTheInstitutionAndGoesOnToTheRoleChoice() {
        NewRegistration data = RegistrationJourney.newRegistration("en");
        registrations.register(data);
        RegistrationJourney.linkMailed(registrations, data.username());
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.AWAITING_EMAIL);

        HttpResponse<String> login = BrowserSession.anonymous(port).logInThroughInstitution(unique("pending"),
                claims(data.email(), "Rita", "Register", List.of("student")));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/register/role"));
        assertThat(registrations.isVerified(data.username())).isTrue();
        assertThat(registrations.stage(data.username())).isEqualTo(RegistrationService.Stage.CHOOSING_ROLE);
    }

    @Test
    void anAccountLinkedToAnotherLoginOfTheInstitutionIsNotTakenOver() {
        Person mentor = people.mentor(1);
        BrowserSession.anonymous(port).logInThroughInstitution(unique("first"),
                claims(mentor.getEmail(), "Max", "Mentor", List.of("alum")));

        HttpResponse<String> second = BrowserSession.anonymous(port).logInThroughInstitution(unique("second"),
                claims(mentor.getEmail(), "Max", "Mentor", List.of("alum")));

        assertRefused(second, "linked-elsewhere", "linked to another login of your institution");
        assertThat(links(mentor.getId())).isEqualTo(1);
    }

    @Test
    void aDeactivatedAccountIsRestoredByLoggingInThroughTheInstitutionAsByAPassword() {
        Person mentor = people.mentor(1);
        peopleService.deactivate(mentor.getId());
        BrowserSession browser = BrowserSession.anonymous(port);

        HttpResponse<String> login = browser.logInThroughInstitution(unique("deact"),
                claims(mentor.getEmail(), "Max", "Mentor", List.of("alum")));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/my?reactivated"));
        assertThat(peopleService.isDeactivated(mentor.getId())).isFalse();
        assertThat(browser.get("/my?reactivated").statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressTheInstitutionDidNotConfirmOpensNoAccount() {
        String subject = unique("unconfirmed");
        HttpResponse<String> login = BrowserSession.anonymous(port).logInThroughInstitution(subject,
                "{\"email\":\"" + subject + "@aalto.test\",\"email_verified\":false,\"eduperson_affiliation\":\"student\"}");

        assertRefused(login, "email-unconfirmed", "has not confirmed your e-mail address");
        assertThat(peopleService.findByEmail(subject + "@aalto.test")).isEmpty();
    }

    @Test
    void theInstitutionsLoginIsTasklistsLoginToo() {
        String subject = unique("tasklist");
        BrowserSession browser = BrowserSession.anonymous(port);
        browser.logInThroughInstitution(subject, claims(subject + "@aalto.test", "Tia", "Tasklist", List.of("student")));
        String userId = peopleService.findByEmail(subject + "@aalto.test").orElseThrow().getId();
        // Tasklist is for mentees and mentors: the role first
        browser.postForm("/register/role", Map.of("role", "mentee"));

        HttpResponse<String> camundaUser = browser.get(CAMUNDA_USER);
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"" + userId + "\"", "tasklist");
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        HttpResponse<String> tasks = browser.get("/camunda/api/engine/engine/default/task?assignee=" + userId);
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).isEqualTo("[]");
    }

    @Test
    void aDeletedAccountTakesItsInstitutionalLoginAlongAndTheNextLoginStartsAfresh() {
        String subject = unique("deleted");
        String email = subject + "@aalto.test";
        BrowserSession.anonymous(port).logInThroughInstitution(subject, claims(email, "Dora", "Deleted", List.of("student")));
        String userId = peopleService.findByEmail(email).orElseThrow().getId();

        deletion.delete(userId);

        assertThat(links(userId)).isZero();
        HttpResponse<String> again = BrowserSession.anonymous(port).logInThroughInstitution(subject,
                claims(email, "Dora", "Deleted", List.of("student")));
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/register/role"));
        assertThat(peopleService.findByEmail(email).orElseThrow().getId()).isNotEqualTo(userId);
    }

    /** Someone the institution logged in may have no MentorFlow password: a fresh login of theirs stands for it. */
    @Test
    void aPersonWithoutPasswordDeletesTheAccountWithinTenMinutesOfTheInstitutionsLogin() {
        String subject = unique("leaving");
        String email = subject + "@aalto.test";
        BrowserSession browser = BrowserSession.anonymous(port);
        browser.logInThroughInstitution(subject, claims(email, "Lea", "Leaving", List.of("student")));
        String userId = peopleService.findByEmail(email).orElseThrow().getId();
        browser.postForm("/register/role", Map.of("role", "mentee"));

        String page = browser.get("/profile/delete").body();
        assertThat(page).contains("no password is asked").doesNotContain("name=\"password\"");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.Instant.now().plus(java.time.Duration.ofMinutes(11))));
        HttpResponse<String> late = browser.postForm("/profile/delete", Map.of("confirm", "yes"));
        assertThat(late.body()).contains("more than ten minutes old");
        assertThat(peopleService.find(userId)).hasValueSatisfying(person -> assertThat(person.getEmail()).isEqualTo(email));

        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        HttpResponse<String> deleted = browser.postForm("/profile/delete", Map.of("confirm", "yes"));
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(peopleService.findByEmail(email)).isEmpty();
    }

    @Test
    void aBrokenWayToTheProviderEndsOnTheLoginPageWithASentence() {
        HttpResponse<String> broken = BrowserSession.anonymous(port).get("/oauth2/authorization/nowhere");

        assertRefused(broken, "failed", "Single sign-on did not work this time");
    }

    /** Refused: back on the login page, which says why; nobody logged in. */
    private void assertRefused(HttpResponse<String> answer, String code, String sentence) {
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?sso=" + code));
        assertThat(BrowserSession.anonymous(port).get("/login?sso=" + code).body()).contains(sentence);
    }

    private int links(String personId) {
        return jdbc.queryForObject("select count(*) from institutional_link where person_id = ?", Integer.class, personId);
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L;
    }

    private static String claims(String email, String givenName, String familyName, List<String> affiliations) {
        return "{\"email\":\"" + email + "\",\"email_verified\":true,\"given_name\":\"" + givenName
                + "\",\"family_name\":\"" + familyName + "\",\"eduperson_affiliation\":["
                + String.join(",", affiliations.stream().map(value -> "\"" + value + "\"").toList()) + "]}";
    }
}

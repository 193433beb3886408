package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One login for the portal, Tasklist and Cockpit; passwords in bcrypt; guessing is slowed down. */
class SingleLoginTest extends IntegrationTest {

    private static final String CAMUNDA_USER = "/camunda/api/admin/auth/user/default";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    /** Camunda sends everybody to its first-admin setup page while no administrator exists. */
    @org.junit.jupiter.api.BeforeEach
    void anAdministratorExists() {
        people.admin();
    }

    @Test
    void thePortalLoginOpensTasklistAndItsApiWithoutASecondLogin() {
        Person mentee = people.mentee();
        BrowserSession browser = BrowserSession.anonymous(port);
        assertAsksForLogin(browser.get("/camunda/app/tasklist/default/"));

        HttpResponse<String> login = browser.logIn(mentee.getId(), "secret");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/camunda/app/tasklist/default/");

        assertOpens(browser, "/camunda/app/tasklist/default/");
        HttpResponse<String> camundaUser = browser.get(CAMUNDA_USER);
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"" + mentee.getId() + "\"").contains("tasklist");
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        assertThat(browser.get("/my").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").body()).contains(mentee.getFirstName(), "Log out");
    }

    @Test
    void aCoordinatorReachesCockpitWithTheSameLogin() {
        Person coordinator = people.coordinator();
        BrowserSession browser = BrowserSession.loggedIn(port, coordinator.getId(), "secret");

        assertOpens(browser, "/camunda/app/cockpit/default/");
        assertThat(browser.get(CAMUNDA_USER).body()).contains("cockpit");
    }

    @Test
    void someoneWithoutARoleIsLedToChooseOneAndACoordinatorIsNot() {
        String id = "norole" + System.nanoTime() % 100000;
        peopleService.register(new NewPerson(id, "Nora", "Noble", id + "@test.example", "en", "secret", false, false));

        HttpResponse<String> login = BrowserSession.anonymous(port).logIn(id, "secret");
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/register/role");

        Person coordinator = people.coordinator();
        HttpResponse<String> coordinators = BrowserSession.anonymous(port).logIn(coordinator.getId(), "secret");
        assertThat(coordinators.headers().firstValue("Location").orElseThrow()).endsWith("/my");
    }

    @Test
    void theEmailAddressWorksAsLoginName() {
        Person mentor = people.mentor(1);
        BrowserSession browser = BrowserSession.anonymous(port);

        HttpResponse<String> login = browser.logIn(mentor.getEmail().toUpperCase(), "secret");

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/my");
        assertThat(browser.get(CAMUNDA_USER).body()).contains("\"userId\":\"" + mentor.getId() + "\"");
    }

    @Test
    void aWrongPasswordShowsThePlainMessageAndKeepsTheName() {
        Person mentee = people.mentee();
        BrowserSession browser = BrowserSession.anonymous(port);

        HttpResponse<String> login = browser.logIn(mentee.getId(), "wrong");

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        HttpResponse<String> form = browser.get("/login?error");
        assertThat(form.body()).contains("Wrong user name or password.").contains("value=\"" + mentee.getId() + "\"");
        assertAsksForLogin(browser.get("/my"));
    }

    @Test
    void theRightPasswordRightAfterAWrongOneIsAskedToWaitNotCalledWrong() {
        Person mentee = people.mentee();
        BrowserSession browser = BrowserSession.anonymous(port);
        browser.logIn(mentee.getId(), "wrong");

        HttpResponse<String> right = browser.logIn(mentee.getId(), "secret");

        String location = right.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?wait=");
        assertThat(browser.get(location.substring(location.indexOf("/login"))).body())
                .contains("After a failed login, this account waits a moment: please try again in");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndOtherAccountsAreUntouched() {
        Person target = people.mentee();
        Person neighbour = people.mentee();
        BrowserSession guesser = BrowserSession.anonymous(port);
        Instant start = Instant.now();
        for (int i = 0; i < 5; i++) {
            // past Camunda's own growing pause after each failure, so every guess is checked and counted
            ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(2L * i))));
            assertThat(guesser.logIn(target.getId(), "guess" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        // the lock counts on the application's clock, which follows the engine's: 15 minutes from the fifth failure
        Instant fifthFailure = start.plus(Duration.ofMinutes(8));
        ClockUtil.setCurrentTime(Date.from(fifthFailure.plusSeconds(30)));

        HttpResponse<String> right = guesser.logIn(target.getEmail(), "secret");

        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked=15");
        assertThat(guesser.get("/login?locked=15").body())
                .contains("Too many failed logins. For your safety, please wait 15 minutes");
        assertAsksForLogin(guesser.get("/my"));
        BrowserSession.loggedIn(port, neighbour.getId(), "secret");

        ClockUtil.setCurrentTime(Date.from(fifthFailure.plus(Duration.ofMinutes(14))));
        assertThat(guesser.logIn(target.getId(), "secret").headers().firstValue("Location").orElseThrow())
                .as("a minute before the lock ends").endsWith("/login?locked=1");
        ClockUtil.setCurrentTime(Date.from(fifthFailure.plus(Duration.ofMinutes(15))));
        BrowserSession.loggedIn(port, target.getId(), "secret");
    }

    @Test
    void passwordsAreStoredWithBcrypt() {
        Person mentee = people.mentee();

        String stored = jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, mentee.getId());

        assertThat(stored).startsWith("{BCRYPT}$2a$").doesNotContain("secret");
        assertThat(identity.checkPassword(mentee.getId(), "secret")).isTrue();
        assertThat(identity.checkPassword(mentee.getId(), "Secret")).isFalse();
    }

    @Test
    void loggingOutInTasklistLogsOutOfThePortalToo() {
        BrowserSession browser = BrowserSession.loggedIn(port, people.mentee().getId(), "secret");
        assertThat(browser.get("/my").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.postForm("/camunda/api/admin/auth/user/default/logout", Map.of());

        assertThat(logout.statusCode()).isEqualTo(200);
        assertAsksForLogin(browser.get("/my"));
        assertThat(browser.get(CAMUNDA_USER).statusCode()).isNotEqualTo(200);
    }

    @Test
    void camundasOwnLoginFormLogsIntoThePortalToo() {
        Person mentor = people.mentor(1);
        BrowserSession browser = BrowserSession.anonymous(port);

        browser.logInThroughCamundaForm(mentor.getId(), "secret");

        assertThat(browser.get("/my").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").body()).contains(mentor.getFirstName(), "Log out");
    }

    @Test
    void loggingOutInThePortalClosesTasklist() {
        BrowserSession browser = BrowserSession.loggedIn(port, people.mentee().getId(), "secret");
        assertOpens(browser, "/camunda/app/tasklist/default/");

        HttpResponse<String> logout = browser.postForm("/logout", Map.of());

        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/?loggedOut");
        assertAsksForLogin(browser.get("/camunda/app/tasklist/default/"));
    }

    @Test
    void aLoginFormWithoutTheCsrfTokenIsRefused() {
        Person mentee = people.mentee();
        BrowserSession browser = BrowserSession.anonymous(port);

        HttpResponse<String> forged = browser.postFormWithoutCsrfToken("/login",
                Map.of("username", mentee.getId(), "password", "secret"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertAsksForLogin(browser.get("/my"));
    }

    private static void assertOpens(BrowserSession browser, String path) {
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).as(path + " -> " + page.headers().firstValue("Location").orElse("")).isEqualTo(200);
    }
}

package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One lock for every way in (portal form, Camunda's own login form, REST HTTP Basic): it ends by itself, and a
 * deactivated account finds no side door.
 */
class EveryDoorTest extends IntegrationTest {

    private static final String REST = "/engine-rest/task";
    private static final String ACTUATOR = "/actuator/prometheus";

    @Autowired
    JdbcTemplate jdbc;

    private final Instant start = Instant.now();

    /** Camunda sends everybody to its first-admin setup page while no administrator exists. */
    @BeforeEach
    void anAdministratorExists() {
        people.admin();
    }

    /** Minutes after the start; tries two minutes apart are past Camunda's own growing pause after a failure. */
    private void at(int minutes) {
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(minutes))));
    }

    @Test
    void fiveWrongRestPasswordsLockEveryDoorForFifteenMinutesAndNoLonger() {
        Person mentor = people.mentor(1);
        for (int i = 0; i < 5; i++) {
            at(2 * i);
            assertThat(get(REST, mentor.getId(), "guess" + i).statusCode()).isEqualTo(401);
        }

        at(9);
        HttpResponse<String> right = get(REST, mentor.getId(), "secret");
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Too many failed logins");
        assertThat(BrowserSession.anonymous(port).logIn(mentor.getId(), "secret").headers().firstValue("Location")
                .orElseThrow()).endsWith("/login?locked=14");
        assertThat(BrowserSession.anonymous(port).tryCamundaForm(mentor.getId(), "secret").statusCode()).isEqualTo(429);
        assertThat(get(ACTUATOR, mentor.getId(), "secret").statusCode()).as("the operator's endpoints").isEqualTo(429);

        // 8 minutes (the fifth failure) plus 15
        at(23);
        assertThat(get(REST, mentor.getId(), "secret").statusCode()).isEqualTo(200);
    }

    @Test
    void tenWrongRestPasswordsNoLongerLockTheAccountForGood() {
        Person mentor = people.mentor(1);
        for (int i = 0; i < 12; i++) {
            at(2 * i);
            assertThat(get(REST, mentor.getId(), "guess" + i).statusCode()).isIn(401, 429);
        }

        at(60);
        assertThat(get(REST, mentor.getId(), "secret").statusCode()).isEqualTo(200);
        BrowserSession.loggedIn(port, mentor.getId(), "secret");
    }

    @Test
    void thePortalsLockHoldsForRestAndCamundasForm() {
        Person mentee = people.mentee();
        for (int i = 0; i < 5; i++) {
            at(2 * i);
            BrowserSession.anonymous(port).logIn(mentee.getId(), "guess" + i);
        }

        at(9);
        assertThat(get(REST, mentee.getId(), "secret").statusCode()).isEqualTo(429);
        HttpResponse<String> form = BrowserSession.anonymous(port).tryCamundaForm(mentee.getId(), "secret");
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.body()).contains("Too many failed logins");
    }

    @Test
    void theOperatorsEndpointsCountTowardsTheSameLock() {
        Person admin = people.admin();
        for (int i = 0; i < 5; i++) {
            at(2 * i);
            assertThat(get(ACTUATOR, admin.getId(), "guess" + i).statusCode()).isEqualTo(401);
        }

        at(9);
        assertThat(get(REST, admin.getId(), "secret").statusCode()).isEqualTo(429);
        assertThat(get(ACTUATOR, admin.getId(), "secret").statusCode()).isEqualTo(429);
        at(23);
        assertThat(get(ACTUATOR, admin.getId(), "secret").statusCode()).isEqualTo(200);
    }

    @Test
    void camundasFormCountsTowardsTheSameLock() {
        Person mentee = people.mentee();
        for (int i = 0; i < 5; i++) {
            at(2 * i);
            assertThat(BrowserSession.anonymous(port).tryCamundaForm(mentee.getId(), "guess" + i).statusCode())
                    .isEqualTo(401);
        }

        at(9);
        assertThat(BrowserSession.anonymous(port).logIn(mentee.getId(), "secret").headers().firstValue("Location")
                .orElseThrow()).endsWith("/login?locked=14");
    }

    @Test
    void theCountIsKeptInTheDatabaseSoEveryNodeSeesIt() {
        Person mentee = people.mentee();

        get(REST, mentee.getId(), "guess");

        assertThat(jdbc.queryForObject("select failures from login_throttle where login = ?", Integer.class,
                mentee.getId().toLowerCase())).isEqualTo(1);
    }

    @Test
    void lockedAnswersInGermanToo() {
        Person mentee = people.mentee();
        for (int i = 0; i < 5; i++) {
            at(2 * i);
            get(REST, mentee.getId(), "guess" + i);
        }
        at(9);

        HttpResponse<String> right = postJson("/engine-rest/task", mentee.getId(), "secret", "de", "{}");

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Zu viele fehlgeschlagene Anmeldungen");
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aDeactivatedAccountFindsNoSideDoor() {
        Person mentor = people.mentor(1);
        peopleService.deactivate(mentor.getId());

        HttpResponse<String> rest = get(REST, mentor.getId(), "secret");
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.body()).contains("deactivated");
        assertThat(BrowserSession.anonymous(port).tryCamundaForm(mentor.getId(), "secret").statusCode()).isEqualTo(401);
        HttpResponse<String> actuator = get(ACTUATOR, mentor.getId(), "secret");
        assertThat(actuator.statusCode()).isEqualTo(401);
        assertThat(actuator.body()).contains("deactivated");
        assertThat(peopleService.isDeactivated(mentor.getId())).as("only the portal's login restores it").isTrue();
    }

    @Test
    void camundasPermanentLockIsOff() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.getLoginMaxAttempts()).isGreaterThanOrEqualTo(1_000_000);
    }
}

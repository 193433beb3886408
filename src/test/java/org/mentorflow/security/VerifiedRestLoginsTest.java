package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A REST client pays the password hash once per TTL ({@link VerifiedRestLogins}); counted on the engine's bcrypt
 * checker, so no timing is involved. Whatever the cache holds, a changed password, a deactivated or deleted account
 * and a locked one are refused on the very next call.
 */
class VerifiedRestLoginsTest extends IntegrationTest {

    @Autowired
    IdentityService identity;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecondCallDoesNotVerifyTheHashAgainUntilTheTtlIsOver() {
        String mentee = people.mentee().getId();
        long before = hashChecks();

        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        assertThat(hashChecks()).as("the first call verifies").isEqualTo(before + 1);
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        assertThat(hashChecks()).as("later calls do not").isEqualTo(before + 1);

        later(Duration.ofSeconds(61));
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        assertThat(hashChecks()).as("after the TTL the hash is verified again").isEqualTo(before + 2);
    }

    @Test
    void aChangedPasswordIsRefusedAtOnce() {
        String mentee = people.mentee().getId();
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);

        User user = identity.createUserQuery().userId(mentee).singleResult();
        user.setPassword("another secret");
        identity.saveUser(user);

        assertThat(tasksOf(mentee, "secret")).isEqualTo(401);
        later(Duration.ofSeconds(10)); // past Camunda's pause after that failure
        assertThat(tasksOf(mentee, "another secret")).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountIsRefusedAtOnce() {
        String mentee = people.mentee().getId();
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);

        peopleService.deactivate(mentee);

        assertThat(get("/engine-rest/task", mentee, "secret").body()).contains("deactivated");
        assertThat(tasksOf(mentee, "secret")).isEqualTo(401);
    }

    @Test
    void aDeletedAccountIsRefusedAtOnce() {
        Person mentee = people.mentee();
        assertThat(tasksOf(mentee.getId(), "secret")).isEqualTo(200);

        peopleService.anonymise(mentee.getId());

        assertThat(tasksOf(mentee.getId(), "secret")).isEqualTo(401);
    }

    @Test
    void aWrongPasswordBesideARememberedOneIsVerifiedRefusedAndCounted() {
        String mentee = people.mentee().getId();
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        long before = hashChecks();

        assertThat(tasksOf(mentee, "guess")).isEqualTo(401);

        assertThat(hashChecks()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select failures from login_throttle where login = ?", Integer.class,
                mentee.toLowerCase())).isEqualTo(1);
    }

    @Test
    void aLockedAccountIsRefusedWhileItsPasswordIsRemembered() {
        String mentee = people.mentee().getId();
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        long before = hashChecks();

        for (int failure = 0; failure < 5; failure++) {
            throttle.failed(mentee);
        }

        assertThat(tasksOf(mentee, "secret")).isEqualTo(429);
        assertThat(hashChecks()).as("a locked account's password is not checked").isEqualTo(before);
    }

    @Test
    void aFailureForgetsTheAccountsRememberedLogins() {
        String mentee = people.mentee().getId();
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        assertThat(tasksOf(mentee, "guess")).isEqualTo(401);
        long before = hashChecks();

        later(Duration.ofSeconds(10)); // past Camunda's pause after that failure
        assertThat(tasksOf(mentee, "secret")).isEqualTo(200);
        assertThat(hashChecks()).as("a failure makes the right password verify again").isEqualTo(before + 1);
    }

    private static void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
    }

    private int tasksOf(String user, String password) {
        return get("/engine-rest/task", user, password).statusCode();
    }

    private long hashChecks() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        return ((BcryptPasswordEncryptor) configuration.getPasswordEncryptor()).checks();
    }
}

package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claims' portable path on H2, the demo run's database (which has no SKIP LOCKED): concurrent senders still
 * claim every mail exactly once. The schema comes from the migrations, as in the demo run; no Spring context.
 */
class MailClaimsOnH2Test {

    @Test
    void concurrentSendersClaimEveryMailExactlyOnceOnH2() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:mail-claims-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .placeholders(Map.of("programme-name", "Test", "time-zone", "Europe/Vienna", "request-reminder-after", "P3D",
                        "request-reminders", "2", "request-expires-after", "P14D", "agreement-reminder-after", "P7D",
                        "agreement-reminders", "1", "inactivity-after", "P30D", "non-alumni-mentors-welcome", "true",
                        "access-code-required", "false"))
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Instant due = Instant.parse("2026-05-01T10:00:00Z");
        List<Long> ids = PendingMails.insert(jdbc, "h2", 300, due);
        MailClaims claims = new MailClaims(dataSource);

        Map<Long, Integer> claimed = ConcurrentClaims.claimAll(claims,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), due, 4, 7);

        assertThat(claimed).containsOnlyKeys(ids);
        assertThat(claimed.values()).containsOnly(1);
    }
}

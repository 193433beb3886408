package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims on PostgreSQL (SKIP LOCKED): concurrent senders each get their own mails, a renewed claim holds, an
 * expired one is released. Its rows are due in the year 2000, so no other test's mail is claimed.
 */
class MailClaimsTest extends IntegrationTest {

    static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    @Autowired
    MailClaims claims;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    String prefix = "test/claims/" + System.nanoTime();

    @AfterEach
    void removeRows() {
        PendingMails.delete(jdbc, prefix);
    }

    @Test
    void concurrentSendersClaimEveryMailExactlyOnce() throws Exception {
        List<Long> ids = PendingMails.insert(jdbc, prefix, 300, LONG_AGO);

        Map<Long, Integer> claimed = ConcurrentClaims.claimAll(claims, transaction, LONG_AGO, 4, 7);

        assertThat(claimed).containsOnlyKeys(ids);
        assertThat(claimed.values()).containsOnly(1);
    }

    @Test
    void aClaimHoldsWhileItIsRenewedAndIsReleasedWhenItRunsOut() {
        List<Long> ids = PendingMails.insert(jdbc, prefix, 2, LONG_AGO);
        Instant claimedAt = LONG_AGO.plusSeconds(60);
        List<Long> got = inTransaction(() -> claims.claimDue("node-a/1", claimedAt, claimedAt.plusSeconds(30), 10));
        assertThat(got).isEqualTo(ids);
        List<Long> other = inTransaction(() -> claims.claim(ids, "node-b/1", claimedAt.plusSeconds(30)));
        assertThat(other).as("claimed mails are nobody else's").isEmpty();

        // the sender is still at work 20 s later and renews; 31 s after the claim it still holds
        inTransaction(() -> claims.renew(List.of("node-a/1"), claimedAt.plusSeconds(50)));
        inTransaction(() -> claims.releaseExpired(claimedAt.plusSeconds(31)));
        assertThat(statusOf(ids.get(0))).isEqualTo("SENDING");

        // then it dies: once the renewed lease ends, the mails wait again and another sender takes them
        int released = inTransaction(() -> claims.releaseExpired(claimedAt.plusSeconds(50)));
        assertThat(released).isEqualTo(2);
        assertThat(statusOf(ids.get(0))).isEqualTo("PENDING");
        List<Long> taken = inTransaction(() -> claims.claim(ids, "node-b/2", claimedAt.plusSeconds(80)));
        assertThat(taken).isEqualTo(ids);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from outbox_mail where id = ?", String.class, id);
    }
}

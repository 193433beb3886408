package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The poller delivers what the first try could not, and what a node that died left claimed. */
class MailRetryDeliveryTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboxMailRepository rows;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailSettings settings;

    @Test
    void mailWhoseFirstTryFailedGoesOutWhenItIsDue() {
        OutboxMail mail = queuedAndDelivered(people.mentee());
        Instant retryAt = Instant.now().plus(Duration.ofMinutes(4));
        jdbc.update("update outbox_mail set status = 'PENDING', attempts = 1, last_error = 'connection refused', "
                + "next_attempt_at = ? where id = ?", java.sql.Timestamp.from(retryAt), mail.getId());
        clearMailbox();

        delivery.deliverDue();
        assertThat(SMTP.getReceivedMessages()).as("not due yet").isEmpty();

        ClockUtil.setCurrentTime(java.util.Date.from(retryAt.plusSeconds(1)));
        delivery.deliverDue();

        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mail.getRecipientAddress())).hasSize(1);
        OutboxMail sent = rows.findById(mail.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void mailsADeadNodeHadClaimedGoOutWithinAMinute() {
        OutboxMail mail = queuedAndDelivered(people.mentee());
        // the node renewed its claim a moment before it died: the longest a claim can outlive its node
        Instant died = Instant.now();
        jdbc.update("update outbox_mail set status = 'SENDING', claimed_by = 'dead-node-boot/7', next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(died.plus(settings.claimLease())), mail.getId());
        clearMailbox();

        ClockUtil.setCurrentTime(java.util.Date.from(died.plusSeconds(1)));
        delivery.deliverDue();
        assertThat(SMTP.getReceivedMessages()).as("the claim still holds").isEmpty();

        // a minute minus the poller's interval (10 s): the poll after the lease ran out sends it
        ClockUtil.setCurrentTime(java.util.Date.from(died.plusSeconds(50)));
        delivery.deliverDue();

        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mail.getRecipientAddress())).hasSize(1);
        assertThat(rows.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.SENT);
    }

    private OutboxMail queuedAndDelivered(Person recipient) {
        transaction.executeWithoutResult(status -> outbox.queue("test/retry/" + recipient.getId(), "request-withdrawn",
                recipient, Map.of("recipient", recipient, "partner", recipient)));
        return rows.findByRecipientPersonIdOrderByIdDesc(recipient.getId(), PageRequest.of(0, 1)).get(0);
    }
}

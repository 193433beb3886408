package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Delivery in batches: a step's mails go out together after it commits, a backlog drains batch by batch. */
class MailBatchDeliveryTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboxMailRepository rows;
    @Autowired
    MailSettings settings;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    String prefix = "test/batch/" + System.nanoTime();

    @AfterEach
    void removeRows() {
        PendingMails.delete(jdbc, prefix);
    }

    @Test
    void mailsOfOneStepGoOutTogetherEachWithTheMessageIdItWasQueuedWith() throws MessagingException {
        List<Person> recipients = List.of(people.mentee(), people.mentee(), people.mentor(1));

        transaction.executeWithoutResult(status -> recipients.forEach(person -> outbox.queue(prefix + "/" + person.getId(),
                "request-withdrawn", person, Map.of("recipient", person, "partner", person))));

        List<String> stored = new ArrayList<>();
        for (Person person : recipients) {
            OutboxMail row = rows.findByRecipientPersonIdOrderByIdDesc(person.getId(), PageRequest.of(0, 1)).get(0);
            assertThat(row.getStatus()).isEqualTo(OutboxMail.Status.SENT);
            assertThat(row.getMessageId()).matches("<[0-9a-f-]{36}@mentorflow\\.local>");
            stored.add(row.getMessageId());
        }
        List<String> received = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            received.add(message.getMessageID());
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(stored).doesNotHaveDuplicates();
    }

    @Test
    void aBacklogLargerThanABatchIsSentCompletelyAndOnce() {
        int backlog = settings.batchSize() * 2 + 7;
        List<Long> ids = PendingMails.insert(jdbc, prefix, backlog, Instant.now().minusSeconds(5));

        delivery.deliverDue();

        assertThat(SMTP.getReceivedMessages()).hasSize(backlog);
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where mail_key like ? and status = 'SENT' and attempts = 1",
                Integer.class, prefix + "/%")).isEqualTo(ids.size());
    }
}

package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Mails per second through the background senders against GreenMail on PostgreSQL, one backlog per setting in
 * the same run: batch size 1 with one sender is the old path (a claim, a mark and an SMTP connection per mail),
 * then batches and several senders. Prints figures, asserts only that every mail went out once. Not part of the
 * normal build: {@code ./mvnw -B verify -Pbenchmark}.
 */
@Tag("benchmark")
class MailDeliveryBenchmarkTest extends IntegrationTest {

    static final int MAILS = 1500;

    @Autowired
    MailClaims claims;
    @Autowired
    OutboxMailRepository rows;
    @Autowired
    OutboxMessages messages;
    @Autowired
    SmtpBatch smtp;
    @Autowired
    MailSettings settings;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    record Setting(String name, int batchSize, int senders) {
    }

    @Test
    void mailsPerSecond() {
        List<Setting> settingsToMeasure = List.of(new Setting("old path: batch 1, 1 sender", 1, 1),
                new Setting("batch 50, 1 sender", 50, 1), new Setting("batch 50, 2 senders (default)", 50, 2),
                new Setting("batch 50, 4 senders", 50, 4), new Setting("batch 200, 2 senders", 200, 2));
        measure(new Setting("warm-up", 50, 2), 300);
        List<String> lines = new ArrayList<>();
        double old = 0;
        for (Setting setting : settingsToMeasure) {
            double perSecond = measure(setting, MAILS);
            old = old == 0 ? perSecond : old;
            lines.add(String.format("| %-30s | %8.0f | %5.1f x |", setting.name(), perSecond, perSecond / old));
        }
        System.out.println("\nMail delivery, " + MAILS + " mails per setting, PostgreSQL and GreenMail in this JVM\n"
                + "| setting                        | mails/s  | vs old  |\n|---|---|---|\n" + String.join("\n", lines) + "\n");
    }

    /** Seeds a backlog, lets the senders drain it, returns mails per second. */
    private double measure(Setting setting, int mails) {
        String prefix = "bench-mail/" + System.nanoTime();
        PendingMails.insert(jdbc, prefix, mails, Instant.now().minusSeconds(1));
        clearMailbox();
        MailDelivery delivery = new MailDelivery(claims, rows, messages, smtp,
                new MailSettings(settings.from(), false, settings.deliveryAttempts(), setting.senders(),
                        setting.batchSize(), Duration.ofSeconds(30), true), transactions, clock);
        long start = System.nanoTime();
        delivery.start(); // the senders drain what is due at once
        try {
            while (sent(prefix) < mails) {
                assertThat(System.nanoTime() - start).as("draining " + setting.name()).isLessThan(Duration.ofMinutes(5).toNanos());
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
        } finally {
            delivery.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(SMTP.getReceivedMessages()).hasSize(mails);
        PendingMails.delete(jdbc, prefix);
        clearMailbox();
        return mails / seconds;
    }

    private int sent(String prefix) {
        return jdbc.queryForObject("select count(*) from outbox_mail where mail_key like ? and status = 'SENT'",
                Integer.class, prefix + "/%");
    }
}

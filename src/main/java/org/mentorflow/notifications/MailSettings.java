package org.mentorflow.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from                 sender of every mail
 * @param embeddedSmtp         start an SMTP catcher inside the app (demo run); its mails are listed at /mail
 * @param deliveryAttempts     how often delivery is tried before a mail is marked FAILED
 * @param senders              background threads that send; each takes a batch at a time
 * @param batchSize            mails a sender claims at once and sends over one SMTP connection
 * @param claimLease           how long a claim holds unless its sender renews it (every third of it while alive);
 *                             a node that died leaves its claims for at most this long
 * @param deliverInBackground  false (tests): a committed step's mails are sent on the committing thread
 */
@ConfigurationProperties("mentorflow.mail")
public record MailSettings(String from, boolean embeddedSmtp, int deliveryAttempts,
        @DefaultValue("2") int senders, @DefaultValue("50") int batchSize, @DefaultValue("PT30S") Duration claimLease,
        @DefaultValue("true") boolean deliverInBackground) {

    public MailSettings {
        if (senders < 1 || batchSize < 1) {
            throw new IllegalArgumentException("mentorflow.mail.senders and batch-size must be at least 1");
        }
        if (claimLease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("mentorflow.mail.claim-lease must be at least 3 seconds");
        }
    }
}

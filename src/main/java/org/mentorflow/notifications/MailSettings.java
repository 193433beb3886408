package org.mentorflow.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from          sender of every mail
 * @param embeddedSmtp  start an SMTP catcher inside the app (demo run); its mails are listed at /mail
 * @param deliveryAttempts how often delivery is tried before a mail is marked FAILED
 */
@ConfigurationProperties("mentorflow.mail")
public record MailSettings(String from, boolean embeddedSmtp, int deliveryAttempts) {
}

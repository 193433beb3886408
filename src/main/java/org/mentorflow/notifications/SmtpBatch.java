package org.mentorflow.notifications;

import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a batch of mails over one SMTP connection (JavaMailSender sends an array on one transport, reconnecting
 * only when the server drops it) and tells which of them failed and why.
 */
@Component
class SmtpBatch {

    private final JavaMailSender sender;

    SmtpBatch(JavaMailSender sender) {
        this.sender = sender;
    }

    /** @return the error of each mail that did not go out, by id; every other one was accepted by the server */
    Map<Long, String> send(Map<Long, MimeMessage> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        try {
            sender.send(messages.values().toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            // an empty map: every mail was accepted and only closing the connection failed
            Map<Long, String> failed = new LinkedHashMap<>();
            messages.forEach((id, message) -> {
                Exception cause = e.getFailedMessages().get(message);
                if (cause != null) {
                    failed.put(id, describe(cause));
                }
            });
            return failed;
        } catch (MailException e) {
            // not one mail went out (authentication refused, say)
            Map<Long, String> failed = new LinkedHashMap<>();
            messages.keySet().forEach(id -> failed.put(id, describe(e)));
            return failed;
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

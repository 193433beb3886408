package org.mentorflow.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Puts an outbox row together as the MIME message that goes out, with the Message-ID it was queued with. */
@Component
class OutboxMessages {

    private final JavaMailSender sender;
    private final MailSettings settings;

    OutboxMessages(JavaMailSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Needs the row's attachments loaded (or a transaction to load them). */
    MimeMessage toMime(OutboxMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.getRecipientAddress());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getTextBody(), mail.getHtmlBody());
            for (OutboxAttachment attachment : mail.getAttachments()) {
                helper.addAttachment(attachment.getFilename(), new ByteArrayResource(attachment.getContent()),
                        attachment.getContentType());
            }
            message.setHeader("Content-Language", mail.getLanguage());
            message.setHeader("X-MentorFlow-Key", mail.getMailKey());
            // JavaMailSenderImpl keeps a Message-ID set before sending (saveChanges would make a new one)
            message.setHeader("Message-ID", mail.getMessageId());
            return message;
        } catch (MessagingException e) {
            throw new UnbuildableMailException(e);
        }
    }

    /** A mail that cannot be put together: recorded on the row like a failed delivery. */
    static final class UnbuildableMailException extends RuntimeException {
        UnbuildableMailException(MessagingException cause) {
            super(cause.getMessage(), cause);
        }
    }
}

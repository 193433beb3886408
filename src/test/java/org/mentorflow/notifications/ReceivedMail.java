package org.mentorflow.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A mail as GreenMail received it, taken apart into what a test checks. */
/** @param attachments file name to content, in the order they came */
public record ReceivedMail(String to, String subject, String language, String text, String html,
        Map<String, byte[]> attachments) {

    public static List<ReceivedMail> all(MimeMessage[] messages) {
        return Arrays.stream(messages).map(ReceivedMail::of).toList();
    }

    public static List<ReceivedMail> to(MimeMessage[] messages, String address) {
        return all(messages).stream().filter(mail -> mail.to().equals(address)).collect(Collectors.toList());
    }

    static ReceivedMail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedMail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    message.getHeader("Content-Language", null), parts.text, parts.html, parts.attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }

    private static final class Parts {
        String text;
        String html;
        final Map<String, byte[]> attachments = new LinkedHashMap<>();

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    collect(body);
                }
            }
        }
    }
}

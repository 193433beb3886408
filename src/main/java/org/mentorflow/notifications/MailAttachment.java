package org.mentorflow.notifications;

/** A file sent with a mail: a certificate PDF, a calendar invitation. */
public record MailAttachment(String filename, String contentType, byte[] content) {
}

package org.mentorflow.notifications;

/** A mail ready to send: subject, HTML part and plain-text part. */
record RenderedMail(String subject, String html, String text) {
}

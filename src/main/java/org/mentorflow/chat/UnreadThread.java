package org.mentorflow.chat;

/** A thread whose recipient is due a reminder mail, and the oldest unread message, which the reminder claims. */
record UnreadThread(Long mentorshipId, String recipientId, Long oldestUnreadId) {
}

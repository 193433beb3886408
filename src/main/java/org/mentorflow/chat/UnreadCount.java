package org.mentorflow.chat;

/** How many messages of one thread its reader has not opened yet. */
record UnreadCount(Long mentorshipId, Long unread) {
}

package org.mentorflow.chat;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One message of a mentorship's thread. It keeps its recipient, the other participant, so read tracking and the
 * unread-mail sweep need no join into the mentorship.
 */
@Entity
class ChatMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long mentorshipId;
    private String authorId;
    private String recipientId;
    private String body;
    private Instant sentAt;
    private Instant readAt;
    /** When the unread-mail sweep claimed this message for a reminder; see {@link UnreadChatMail}. */
    private Instant notifiedAt;

    protected ChatMessage() {
    }

    ChatMessage(Long mentorshipId, String authorId, String recipientId, String body, Instant sentAt) {
        this.mentorshipId = mentorshipId;
        this.authorId = authorId;
        this.recipientId = recipientId;
        this.body = body;
        this.sentAt = sentAt;
    }

    Long getId() {
        return id;
    }

    Long getMentorshipId() {
        return mentorshipId;
    }

    String getAuthorId() {
        return authorId;
    }

    String getRecipientId() {
        return recipientId;
    }

    String getBody() {
        return body;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    Instant getNotifiedAt() {
        return notifiedAt;
    }
}

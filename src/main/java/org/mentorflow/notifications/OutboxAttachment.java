package org.mentorflow.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A file stored with its mail in the outbox, so a retried delivery sends exactly what was queued. */
@Entity
class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mail_id")
    private OutboxMail mail;

    private String filename;
    private String contentType;
    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(OutboxMail mail, MailAttachment attachment) {
        this.mail = mail;
        this.filename = attachment.filename();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    String getFilename() {
        return filename;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}

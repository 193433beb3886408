package org.mentorflow.notifications;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A rendered mail, written in the transaction of the step that wants it sent, delivered after commit. */
@Entity
public class OutboxMail {

    public enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String mailKey;
    private String template;
    private String recipientPersonId;
    private String recipientAddress;
    private String language;
    private String subject;
    private String htmlBody;
    private String textBody;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant createdAt;
    private Instant sentAt;
    private String lastError;
    /** Fixed when queued: every delivery of this mail carries it. */
    private String messageId;
    /** The sender's claim while SENDING (see MailClaims); nextAttemptAt is then the end of its lease. */
    private String claimedBy;

    @OneToMany(mappedBy = "mail", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxMail() {
    }

    OutboxMail(String mailKey, String template, String recipientPersonId, String recipientAddress, String language,
            RenderedMail rendered, String messageId, Instant now) {
        this.mailKey = mailKey;
        this.template = template;
        this.recipientPersonId = recipientPersonId;
        this.recipientAddress = recipientAddress;
        this.language = language;
        this.subject = rendered.subject();
        this.htmlBody = rendered.html();
        this.textBody = rendered.text();
        this.messageId = messageId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void attach(MailAttachment attachment) {
        attachments.add(new OutboxAttachment(this, attachment));
    }

    List<OutboxAttachment> getAttachments() {
        return attachments;
    }

    /** Backs off 1, 4, 9, 16 ... minutes; gives up after maxAttempts so a coordinator sees it on /mail. */
    void failed(String error, int maxAttempts, Instant now) {
        attempts++;
        claimedBy = null;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(Duration.ofMinutes((long) attempts * attempts));
        }
    }

    public Long getId() {
        return id;
    }

    public String getMailKey() {
        return mailKey;
    }

    public String getTemplate() {
        return template;
    }

    public String getRecipientPersonId() {
        return recipientPersonId;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getMessageId() {
        return messageId;
    }
}

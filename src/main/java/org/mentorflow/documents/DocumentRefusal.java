package org.mentorflow.documents;

/** Why an upload was not stored; each names the message the person reads (argument: the limit in MB). */
public enum DocumentRefusal {
    NO_FILE("documents.refused.no-file"),
    TOO_LARGE("documents.refused.too-large"),
    WRONG_TYPE("documents.refused.wrong-type");

    private final String messageKey;

    DocumentRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

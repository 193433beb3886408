package org.mentorflow.documents;

import java.util.Arrays;

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

    /** The refusal a redirect names, or null for a name that is none (anyone can type the address). */
    public static DocumentRefusal named(String name) {
        return Arrays.stream(values()).filter(refusal -> refusal.name().equals(name)).findFirst().orElse(null);
    }
}

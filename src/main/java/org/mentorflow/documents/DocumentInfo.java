package org.mentorflow.documents;

import java.time.Instant;

/** What pages and forms show of a document, without loading its bytes. */
public record DocumentInfo(long id, String personId, DocumentKind kind, String fileName, String contentType, long size,
        Instant uploadedAt) {

    /** Where its owner and coordinators download it. */
    public String downloadPath() {
        return "/documents/" + id;
    }
}

package org.mentorflow.documents;

/** The outcome of an upload: the stored document, or why it was refused (never both). */
public record StoreResult(DocumentInfo document, DocumentRefusal refusal) {

    public boolean stored() {
        return document != null;
    }
}

package org.mentorflow.documents;

/** What an uploaded file is for. */
public enum DocumentKind {
    /** Proof a mentor candidate gives of their degree or position; a coordinator checks it. */
    VERIFICATION,
    /** The CV that completes a mentee's application. */
    CV
}

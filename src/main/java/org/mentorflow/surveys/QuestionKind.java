package org.mentorflow.surveys;

/** How a survey question is answered. */
public enum QuestionKind {
    /** A value from 1 to 5, as radio buttons. */
    SCALE,
    /** Free text. */
    TEXT
}

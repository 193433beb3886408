package org.mentorflow.programme;

/** Whom a briefing is for. */
public enum Audience {
    STUDENTS, MENTORS
}

package org.mentorflow.people;

/** The level of students a mentor accompanies (doctoral students need a mentor with a doctorate). */
public enum MentoringLevel {
    MASTERS, DOCTORAL
}

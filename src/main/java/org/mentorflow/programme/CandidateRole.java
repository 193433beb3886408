package org.mentorflow.programme;

/** How someone signed up for a cohort. */
public enum CandidateRole {
    MENTOR, STUDENT
}

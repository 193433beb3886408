package org.mentorflow.programme;

/** How a programme runs: all year round, or as a yearly cohort whose calendar its process walks. */
public enum ProgrammeKind {
    CONTINUOUS, COHORT
}

package org.mentorflow.surveys;

/** The two surveys of a cohort: the check-in halfway through and the feedback at the end. */
public enum Survey {
    /** "Halfway check-in survey": how the mentoring is going. */
    HALFWAY,
    /** "Final feedback survey": what the programme was worth. */
    FINAL
}

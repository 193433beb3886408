package org.mentorflow.registration;

/**
 * Whether a person may take the mentee role. Single sign-on knows a person's affiliation (only the university's own
 * students may become mentees), so it implements this; registration asks before it grants the role, and does not
 * depend on single sign-on.
 */
public interface MenteeAdmission {

    /** People who never logged in through the institution (a password registration, demo data) may. */
    boolean mayBecomeMentee(String personId);
}

package org.mentorflow.joining;

import org.mentorflow.mentorship.RefusalException;

/**
 * A sign-up, change, withdrawal or join that a cohort's rules do not allow: a message key with its arguments, shown
 * in the reader's language; its own message is the English sentence.
 */
public class JoiningRefusedException extends RefusalException {

    public enum Reason {
        NOT_A_COHORT, SIGN_UP_NOT_YET, SIGN_UP_CLOSED, NOT_A_MENTOR, MENTOR_NOT_VERIFIED, PROFILE_INCOMPLETE,
        NO_PROGRAMME_LEVEL, NO_PROGRAMME_LANGUAGE, INVALID_CHOICE, HAS_MENTEES,
        JOIN_NOT_YET, JOIN_CLOSED, NOT_A_MENTEE, APPLICATION_INCOMPLETE, LEVEL_NOT_MENTORED, ALUMNI_ONLY
    }

    JoiningRefusedException(Reason reason, String code, Object[] arguments, String englishMessage) {
        super(reason, code, arguments, englishMessage);
    }

    @Override
    public Reason getReason() {
        return (Reason) super.getReason();
    }
}

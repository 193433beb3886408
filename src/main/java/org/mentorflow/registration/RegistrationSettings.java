package org.mentorflow.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Programme settings of the registration ({@code mentorflow.registration.*}). A plain bean rather than a
 * record: whether non-alumni may mentor and whether mentees need an access code are programme decisions
 * that tests and a future settings page switch while the application runs.
 */
@ConfigurationProperties("mentorflow.registration")
public class RegistrationSettings {

    /** How long the verification link works; a registration never verified by then is removed (ISO-8601). */
    private String verificationExpiresAfter = "P7D";
    /** Graduates of other universities may become mentors; cohort programmes may admit alumni only. */
    private boolean nonAlumniMentorsWelcome = true;
    /** Mentees need an alumni-community access code, granted by a coordinator, for full access. */
    private boolean accessCodeRequired = false;

    public String getVerificationExpiresAfter() {
        return verificationExpiresAfter;
    }

    public void setVerificationExpiresAfter(String verificationExpiresAfter) {
        java.time.Duration.parse(verificationExpiresAfter); // fails at start-up, not when the first link expires
        this.verificationExpiresAfter = verificationExpiresAfter;
    }

    public boolean isNonAlumniMentorsWelcome() {
        return nonAlumniMentorsWelcome;
    }

    public void setNonAlumniMentorsWelcome(boolean nonAlumniMentorsWelcome) {
        this.nonAlumniMentorsWelcome = nonAlumniMentorsWelcome;
    }

    public boolean isAccessCodeRequired() {
        return accessCodeRequired;
    }

    public void setAccessCodeRequired(boolean accessCodeRequired) {
        this.accessCodeRequired = accessCodeRequired;
    }
}

package org.mentorflow.people;

/**
 * Camunda groups every participant belongs to; Tasklist and Cockpit access hang on them. An account joins its
 * groups here, in {@link PeopleService}; security only reads them (authorities, Camunda authorizations).
 */
public final class Groups {

    public static final String MENTEES = "mentees";
    public static final String MENTORS = "mentors";
    public static final String COORDINATORS = "coordinators";
    /** Read the history (Cockpit, reports) and change nothing; variable values, where personal data lives, stay hidden. */
    public static final String ANALYSTS = "analysts";
    /**
     * Camunda's built-in administrators group: every right, deploying and Camunda Admin included. Not the
     * coordinators': deploying a model runs its code on the server.
     */
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /**
     * Reads the operator's figures and health details (/actuator) and nothing else: no Camunda rights at all, so a
     * Prometheus scraper's password stored on another machine opens no data and no deployment.
     */
    public static final String MONITORING = "monitoring";

    private Groups() {
    }
}

package org.mentorflow.programme;

/**
 * What a programme's alumni rules ask of a person: whether a mentee holds the alumni-community access ("access code
 * required") and whether a mentor graduated here ("non-alumni mentors welcome" off). Asked by the request stage and
 * the cohort sign-up, answered by registration, which holds both: the lower module declares what it needs, the
 * higher one provides it.
 */
public interface AlumniAccess {

    /** True once a coordinator granted the person's access, and for people who never registered through the portal. */
    boolean granted(String personId);

    /** Whether the person said at registration that they graduated here; true for people who never registered. */
    boolean alumnus(String personId);
}

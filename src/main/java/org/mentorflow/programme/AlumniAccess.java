package org.mentorflow.programme;

/**
 * Whether a mentee holds the alumni-community access a programme may ask for (its "access code required" rule).
 * Asked by the request stage, answered by registration, which grants the code: the lower module declares what it
 * needs, the higher one provides it.
 */
public interface AlumniAccess {

    /** True once a coordinator granted the person's access, and for people who never registered through the portal. */
    boolean granted(String personId);
}

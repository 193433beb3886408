package org.mentorflow.mentorship.agreement;

/** Names shared by processes/amendment.bpmn, its glue code and its tests. */
public final class AmendmentProcess {

    public static final String KEY = "amendment";

    /** Who proposed the change, and who decides on it (the other side). */
    public static final String PROPOSED_BY = "amendmentProposedBy";
    public static final String DECIDER = "amendmentDecider";

    private AmendmentProcess() {
    }
}

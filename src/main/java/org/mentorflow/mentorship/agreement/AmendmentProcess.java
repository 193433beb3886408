package org.mentorflow.mentorship.agreement;

import org.mentorflow.system.ProcessVariable;

/**
 * Names shared by processes/amendment.bpmn, its glue code and its tests, each process variable with the type its
 * value is stored as ({@link ProcessVariable}). The change's terms are an agreement version in the database; its
 * approval task shows them like the agreement's ({@code MentorshipProcess.PROPOSAL_*}). The mentorship passes
 * its ids in ({@code MentorshipProcess.MENTORSHIP_ID}, {@code MENTEE_ID}, {@code MENTOR_ID}).
 */
public final class AmendmentProcess {

    public static final String KEY = "amendment";

    /** Who proposed the change, and who decides on it (the other side): person ids. */
    public static final ProcessVariable<String> PROPOSED_BY = ProcessVariable.of("amendmentProposedBy", String.class);
    public static final ProcessVariable<String> DECIDER = ProcessVariable.of("amendmentDecider", String.class);

    private AmendmentProcess() {
    }
}

package org.mentorflow.mentorship.agreement;

import org.camunda.bpm.engine.variable.VariableMap;
import org.mentorflow.mentorship.Mentorship;

/**
 * Agreement changes of mentorships whose instance runs a model version before the process tree (v1): it has no
 * "Agreement change" event subprocess to take the change, so the change runs as a process of its own beside it.
 * {@code legacy.LegacyProcessVersions} does that; this goes with it once Cockpit lists no running v1 instances.
 */
public interface LegacyAgreementChanges {

    /** Whether the mentorship's instance runs a version that cannot call its agreement changes. */
    boolean runsWithoutProcessTree(Mentorship mentorship);

    /** Starts the change as v1 did: a top-level amendment instance under the mentorship's business key. */
    void startAmendment(Mentorship mentorship, VariableMap change);
}

/**
 * The agreement and its changes: the mentee's proposal, the mentor's approval or request for changes (the first
 * approval is the official start), and changes either side proposes to a running mentorship
 * (processes/agreement.bpmn and processes/amendment.bpmn).
 */
@NamedInterface("agreement")
package org.mentorflow.mentorship.agreement;

import org.springframework.modulith.NamedInterface;

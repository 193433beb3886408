/**
 * Meetings of a running mentorship, from the proposal to both confirmations (processes/meeting.bpmn): only a
 * meeting both say took place counts.
 */
@NamedInterface("meeting")
package org.mentorflow.mentorship.meeting;

import org.springframework.modulith.NamedInterface;

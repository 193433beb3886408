package org.mentorflow.oversight;

import java.time.Instant;

/**
 * One step of a mentorship's history as the engine recorded it: a user task (with whoever it was assigned to) or
 * an end the process or one of its called processes reached.
 *
 * @param who the assignee's person id; null for an end or a task nobody had taken
 * @param cancelled the step stopped unfinished because something else ended its scope (a cancellation, say)
 */
record Step(String name, boolean task, String who, Instant started, Instant ended, boolean cancelled) {
}

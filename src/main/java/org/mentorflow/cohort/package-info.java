/**
 * The glue of processes/cohort-programme.bpmn, the calendar of a cohort programme: the mails of its dates (mentor
 * sign-up, request window, briefings with their calendar files), the close of the request window, the placement of
 * students still without a mentor, and the close of the programme with the coordinator's decision on every
 * mentorship still running. The coordinator's pages for the last two live here too. The process itself is started
 * and its timers moved by {@link org.mentorflow.programme.ProgrammeCalendar}.
 */
package org.mentorflow.cohort;

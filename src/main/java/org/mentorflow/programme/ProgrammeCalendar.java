package org.mentorflow.programme;

import org.springframework.stereotype.Service;

/**
 * The engine's side of a cohort's calendar: starts its process when the cohort is created and, when a coordinator
 * moves a date, gives the process the new dates and moves its pending timers with them.
 */
@Service
public class ProgrammeCalendar {

    /** Starts processes/cohort-programme.bpmn for a newly created cohort; nothing for a continuous programme. */
    public void start(Programme programme) {
        // implemented with the cohort process
    }

    /** The cohort's dates or briefings were changed and saved: the process and its pending timers follow. */
    public void datesChanged(Programme programme) {
        // implemented with the cohort process
    }
}

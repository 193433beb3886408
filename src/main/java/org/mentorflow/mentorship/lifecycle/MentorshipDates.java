package org.mentorflow.mentorship.lifecycle;

import java.util.Date;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.stereotype.Component;

/**
 * Dates the models wait for, read from the database when the timer starts, so a process never holds a
 * stale copy: {@code ${mentorshipDates.plannedEnd(mentorshipId)}}.
 */
@Component("mentorshipDates")
public class MentorshipDates {

    /** Reminders go out in the morning of the day, programme time. */
    private static final int MORNING = 9;

    private final Mentorships mentorships;
    private final ProgrammeSettings programme;

    MentorshipDates(Mentorships mentorships, ProgrammeSettings programme) {
        this.mentorships = mentorships;
        this.programme = programme;
    }

    public Date plannedEnd(Long mentorshipId) {
        return Date.from(mentorships.get(mentorshipId).getPlannedEndOn().atTime(MORNING, 0)
                .atZone(programme.timeZone()).toInstant());
    }
}

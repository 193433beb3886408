package org.mentorflow.cohort;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The briefings as the model reads them: {@code ${briefingDates.ids(programmeId)}} for the "Briefing" instances,
 * {@code ${briefingDates.dayBefore(briefingId)}} for its reminder. Both read the programme as it is now, so a
 * briefing moved before the window closes, or moved later (with the calendar's timers recalculated), is reminded of
 * at its new date.
 */
@Component("briefingDates")
public class BriefingDates {

    /** How long before a briefing its reminder goes out. */
    static final Duration REMINDER_BEFORE = Duration.ofDays(1);

    private final CohortData data;

    BriefingDates(CohortData data) {
        this.data = data;
    }

    public List<Long> ids(Long programmeId) {
        return data.briefingIds(programmeId);
    }

    public Date dayBefore(Long briefingId) {
        return Date.from(data.briefing(briefingId).getStartsAt().minus(REMINDER_BEFORE));
    }
}

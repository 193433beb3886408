package org.mentorflow.coordinatormail;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * When "Coordinator task digest" starts: its timer's cycle {@code ${coordinatorDigestSchedule.cycle}}, every day
 * from the next digest hour in the installation's time zone (an ISO 8601 repetition such as
 * {@code R/2025-06-03T07:00+02:00/P1D}). The engine evaluates it when the model is deployed.
 */
@Component("coordinatorDigestSchedule")
public class CoordinatorDigestSchedule {

    private final CoordinatorMailSettings settings;
    private final Clock clock;

    CoordinatorDigestSchedule(CoordinatorMailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public String getCycle() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.timeZone()));
        ZonedDateTime next = now.toLocalDate().atTime(settings.digestHour(), 0).atZone(settings.timeZone());
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return "R/" + next.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
    }
}

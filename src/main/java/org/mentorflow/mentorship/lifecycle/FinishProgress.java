package org.mentorflow.mentorship.lifecycle;

import java.time.LocalDate;

/**
 * Where a running mentorship stands against its agreement when someone thinks of finishing it.
 *
 * @param meetingsHeld meetings both confirmed as held
 * @param meetingsAgreed meetings the agreement plans
 * @param agreedUntil the agreement's end date
 * @param early finishing now would come before that date or with fewer meetings than agreed
 */
public record FinishProgress(long meetingsHeld, int meetingsAgreed, LocalDate agreedUntil, boolean early) {

    /** Finishing needs a meeting both confirmed: before it, the mentorship has not really begun. */
    public boolean possible() {
        return meetingsHeld > 0;
    }
}

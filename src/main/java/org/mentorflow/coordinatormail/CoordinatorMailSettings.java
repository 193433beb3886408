package org.mentorflow.coordinatormail;

import java.time.ZoneId;
import java.util.Locale;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The coordinator-mail settings: {@code mentorflow.coordinator-mail.mode} (immediate or daily, default daily) and
 * {@code digest-hour} (0-23, in the installation's time zone). The mode is read from the environment on every use,
 * not bound once, so both modes can be checked in the one application context the tests share.
 */
@Component
class CoordinatorMailSettings {

    static final String MODE = "mentorflow.coordinator-mail.mode";
    static final String DIGEST_HOUR = "mentorflow.coordinator-mail.digest-hour";

    private final Environment environment;
    private final ZoneId timeZone;

    CoordinatorMailSettings(Environment environment, ProgrammeSettings installation) {
        this.environment = environment;
        this.timeZone = installation.timeZone();
    }

    CoordinatorMailMode mode() {
        String mode = environment.getProperty(MODE, "daily").trim();
        try {
            return CoordinatorMailMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(MODE + " is '" + mode + "'; write immediate or daily", e);
        }
    }

    int digestHour() {
        int hour = environment.getProperty(DIGEST_HOUR, Integer.class, 7);
        if (hour < 0 || hour > 23) {
            throw new IllegalStateException(DIGEST_HOUR + " is " + hour + "; write an hour from 0 to 23");
        }
        return hour;
    }

    /** Where the digest hour and the dates in the mails are meant: the installation's zone. */
    ZoneId timeZone() {
        return timeZone;
    }
}

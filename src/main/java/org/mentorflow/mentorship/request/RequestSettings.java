package org.mentorflow.mentorship.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Programme settings of the request stage, as ISO-8601 durations. They become process variables when a
 * request starts, so each request keeps the rules it started with and Cockpit shows them.
 *
 * @param reminderAfter how long the mentor has before each reminder (P3D)
 * @param reminders     how many reminders at most (2)
 * @param expiresAfter  when an unanswered request expires (P14D)
 */
@ConfigurationProperties("mentorflow.request")
public record RequestSettings(String reminderAfter, int reminders, String expiresAfter) {

    public RequestSettings {
        if (reminders < 1) {
            throw new IllegalArgumentException("mentorflow.request.reminders must be at least 1");
        }
    }

    /** A timer cycle: the reminder fires every reminderAfter, at most reminders times. */
    String reminderCycle() {
        return "R" + reminders + "/" + reminderAfter;
    }
}

package org.mentorflow.mentorship.agreement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Programme settings of the agreement stage (ISO-8601), fixed per mentorship when its request starts.
 *
 * @param reminderAfter when the mentee is reminded to write the agreement (P7D)
 * @param reminders     how many reminders at most (1)
 */
@ConfigurationProperties("mentorflow.agreement")
public record AgreementSettings(String reminderAfter, int reminders) {

    public AgreementSettings {
        if (reminders < 1) {
            throw new IllegalArgumentException("mentorflow.agreement.reminders must be at least 1");
        }
    }

    public String reminderCycle() {
        return "R" + reminders + "/" + reminderAfter;
    }
}

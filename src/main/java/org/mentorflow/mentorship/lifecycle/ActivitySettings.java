package org.mentorflow.mentorship.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param inactivityAfter how long a running mentorship may go without a confirmed meeting or an agreement
 *                        change before both are nudged; after a second such period a coordinator checks (P30D)
 */
@ConfigurationProperties("mentorflow.activity")
public record ActivitySettings(String inactivityAfter) {
}

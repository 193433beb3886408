package org.mentorflow.programme;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme this installation runs.
 *
 * @param name     as printed on certificates and in mails
 * @param timeZone where meetings happen unless a form says otherwise; how times are shown
 */
@ConfigurationProperties("mentorflow.programme")
public record ProgrammeSettings(String name, ZoneId timeZone) {
}

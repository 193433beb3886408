package org.mentorflow.system;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's name and time zone. The continuous programme starts with them (V12), a new programme takes
 * them as defaults; mails and pages outside any programme use them.
 *
 * @param name     the installation's name in mails and pages outside a programme
 * @param timeZone where meetings happen unless a form says otherwise; how times are shown
 */
@ConfigurationProperties("mentorflow.programme")
public record ProgrammeSettings(String name, ZoneId timeZone) {
}

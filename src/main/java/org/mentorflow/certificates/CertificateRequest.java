package org.mentorflow.certificates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.mentorflow.people.Person;

/**
 * What a certificate states, handed in by the process when a mentorship is completed.
 *
 * @param role        "MENTEE" or "MENTOR": the holder's side of the mentorship
 * @param programmeId the programme the mentorship belonged to, for the programme's reports
 */
public record CertificateRequest(
        Long mentorshipId,
        Person holder,
        Person partner,
        String role,
        String programmeName,
        LocalDate periodStart,
        LocalDate periodEnd,
        int confirmedMeetings,
        Long programmeId) {

    public static final String MENTEE = "MENTEE";
    public static final String MENTOR = "MENTOR";

    public CertificateRequest {
        Objects.requireNonNull(mentorshipId, "mentorshipId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (!Set.of(MENTEE, MENTOR).contains(role)) {
            throw new IllegalArgumentException("A certificate is for a MENTEE or a MENTOR, not " + role);
        }
        if (programmeName == null || programmeName.isBlank()) {
            throw new IllegalArgumentException("A certificate names its programme");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("The period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
        }
        if (confirmedMeetings < 0) {
            throw new IllegalArgumentException("Confirmed meetings cannot be negative: " + confirmedMeetings);
        }
    }

    /** A certificate outside any programme's reports (tests, imports). */
    public CertificateRequest(Long mentorshipId, Person holder, Person partner, String role, String programmeName,
            LocalDate periodStart, LocalDate periodEnd, int confirmedMeetings) {
        this(mentorshipId, holder, partner, role, programmeName, periodStart, periodEnd, confirmedMeetings, null);
    }
}

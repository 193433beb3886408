package org.mentorflow.joining;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;

/** The 2025 cohort of the sources (file 004), each test its own copy under a new address, and its moments. */
final class CohortFixture {

    static final String NAME = "Aalto University Mentoring Programme 2025";
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** Before mentor sign-up opens (7 January). */
    static final Instant BEFORE_SIGN_UP = at(2025, 1, 3, 12, 0);
    /** Mentor sign-up runs, 7-16 January; the request window has not opened. */
    static final Instant SIGN_UP = at(2025, 1, 10, 12, 0);
    /** Between sign-up and the request window. */
    static final Instant BETWEEN = at(2025, 1, 18, 12, 0);
    /** Inside the request window, 20-26 January. */
    static final Instant REQUESTS = at(2025, 1, 21, 12, 0);
    /** After the request window. */
    static final Instant AFTER = at(2025, 1, 28, 12, 0);

    private CohortFixture() {
    }

    static Programme cohort(Programmes programmes) {
        Programme programme = new Programme("aalto-2025-" + UUID.randomUUID().toString().substring(0, 8), NAME,
                ProgrammeKind.COHORT, Instant.parse("2024-12-01T10:00:00Z"));
        programme.setDescription("A six-month programme running from January to June.");
        programme.setLanguageList(List.of("en", "fi"));
        programme.setTimeZone(HELSINKI.getId());
        programme.setMaxOpenRequestsPerMentee(1);
        programme.setMaxOpenRequestsPerMentor(2);
        programme.setCapacityChoiceList(List.of(1, 2));
        programme.setRequestReminderAfter("P2D");
        programme.setRequestReminders(1);
        programme.setRequestExpiresAfter("P4D");
        programme.setAgreementReminderAfter("P7D");
        programme.setAgreementReminders(1);
        programme.setInactivityAfter("P60D");
        programme.setMentorLevelList(List.of(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL));
        programme.setSignupOpensAt(at(2025, 1, 7, 0, 0));
        programme.setSignupClosesAt(endOf(2025, 1, 16));
        programme.setRequestsOpenAt(at(2025, 1, 20, 0, 0));
        programme.setRequestsCloseAt(endOf(2025, 1, 26));
        programme.setRunsFrom(LocalDate.of(2025, 1, 20));
        programme.setRunsUntil(LocalDate.of(2025, 6, 30));
        return programmes.save(programme);
    }

    static void clockAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HELSINKI).toInstant();
    }

    private static Instant endOf(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(23, 59, 59).atZone(HELSINKI).toInstant();
    }
}

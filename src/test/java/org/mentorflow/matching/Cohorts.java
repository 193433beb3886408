package org.mentorflow.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;

/** Cohorts for the matching tests: the continuous programme's rules, a calendar around a moment, candidates. */
final class Cohorts {

    private final Programmes programmes;

    Cohorts(Programmes programmes) {
        this.programmes = programmes;
    }

    /** A cohort whose request window opened a day before {@code now} and closes five days after it. */
    Programme cohort(Instant now) {
        Programme rules = programmes.continuous();
        Programme cohort = new Programme("cohort-" + UUID.randomUUID().toString().substring(0, 8), "Mentoring Cohort Test",
                ProgrammeKind.COHORT, now);
        cohort.setLanguageList(rules.languageList());
        cohort.setTimeZone(rules.getTimeZone());
        cohort.setMaxOpenRequestsPerMentee(1);
        cohort.setMaxOpenRequestsPerMentor(2);
        cohort.setCapacityChoiceList(List.of(1, 2));
        cohort.setRequestReminderAfter(rules.getRequestReminderAfter());
        cohort.setRequestReminders(rules.getRequestReminders());
        cohort.setRequestExpiresAfter(rules.getRequestExpiresAfter());
        cohort.setAgreementReminderAfter(rules.getAgreementReminderAfter());
        cohort.setAgreementReminders(rules.getAgreementReminders());
        cohort.setInactivityAfter(rules.getInactivityAfter());
        cohort.setMentorLevelList(List.of(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL));
        cohort.setSignupOpensAt(now.minus(Duration.ofDays(10)));
        cohort.setSignupClosesAt(now.minus(Duration.ofDays(3)));
        cohort.setRequestsOpenAt(now.minus(Duration.ofDays(1)));
        cohort.setRequestsCloseAt(now.plus(Duration.ofDays(5)));
        return programmes.save(cohort);
    }

    Candidate mentor(Programme cohort, Person mentor, int capacity, String preferences, Instant signedUp,
            MentoringLevel... levels) {
        return programmes.saveCandidate(new Candidate(cohort.getId(), mentor.getId(), CandidateRole.MENTOR, capacity,
                List.of(levels), preferences, signedUp));
    }

    Candidate student(Programme cohort, Person student, MentoringLevel level, Instant signedUp) {
        return programmes.saveCandidate(new Candidate(cohort.getId(), student.getId(), CandidateRole.STUDENT, null,
                List.of(level), null, signedUp));
    }
}

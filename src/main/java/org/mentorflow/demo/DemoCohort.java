package org.mentorflow.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.programme.Audience;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeCalendar;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * The demo's cohort beside the continuous programme, its calendar laid around the day the demo data is created:
 * mentor sign-up is over, the request window opened yesterday and stays open six more days, briefings follow, the
 * programme runs for six months. Anna, David and Sofia are mentor candidates; Tom and Yusuf take part, and Yusuf
 * has asked David already.
 */
@Component
class DemoCohort {

    static final String SLUG = "cohort";

    private final Programmes programmes;
    private final ProgrammeCalendar calendar;
    private final MentorshipRequests requests;
    private final Clock clock;

    DemoCohort(Programmes programmes, ProgrammeCalendar calendar, MentorshipRequests requests, Clock clock) {
        this.programmes = programmes;
        this.calendar = calendar;
        this.requests = requests;
        this.clock = clock;
    }

    void create() {
        Instant now = clock.instant();
        ZoneId zone = programmes.continuous().zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Programme cohort = programmes.draft(SLUG, "Cohort Mentoring Programme " + today.getYear(), ProgrammeKind.COHORT, now);
        cohort.setDescription("A six-month programme for master's and doctoral students: mentors sign up in a fixed week, "
                + "students choose and ask a mentor in the request window, briefings prepare both sides, and the pairs meet "
                + "about once a month. A check-in survey comes halfway, a feedback survey at the end.");
        cohort.setWhoMayJoin("Master's and doctoral students as mentees. As mentors: alumni with at least four years of "
                + "working life after graduation; mentors of doctoral students ideally hold a doctorate.");
        cohort.setCapacityChoiceList(List.of(1, 2));
        cohort.setMentorLevelList(List.of(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL));
        cohort.setSignupOpensAt(startOf(today.minusDays(10), zone));
        cohort.setSignupClosesAt(startOf(today.minusDays(2), zone));
        cohort.setRequestsOpenAt(startOf(today.minusDays(1), zone));
        cohort.setRequestsCloseAt(startOf(today.plusDays(7), zone));
        cohort.setRunsFrom(today.minusDays(1));
        cohort.setRunsUntil(today.plusMonths(6));
        cohort.setHalfwayAt(startOf(today.plusMonths(3), zone));
        cohort.getBriefings().add(new Briefing(cohort, Audience.STUDENTS, "Briefing for students",
                at(today.plusDays(8), 16, zone), at(today.plusDays(8), 17, zone).plusSeconds(1800), "Main building, room A 1.12", null));
        cohort.getBriefings().add(new Briefing(cohort, Audience.MENTORS, "Briefing for new mentors",
                at(today.plusDays(10), 18, zone), at(today.plusDays(10), 19, zone), null, "https://meet.example.org/mentorflow-briefing"));
        cohort = programmes.save(cohort);

        mentorCandidate(cohort, "anna", 1, "Students who want to move into product management", MentoringLevel.MASTERS);
        mentorCandidate(cohort, "david", 2, "Health sciences, also doctoral students aiming outside academia",
                MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        mentorCandidate(cohort, "sofia", 1, "Future founders and international students", MentoringLevel.MASTERS);
        student(cohort, "tom", MentoringLevel.MASTERS);
        student(cohort, "yusuf", MentoringLevel.MASTERS);
        calendar.start(cohort);
        requests.request(cohort.getId(), "yusuf", "david",
                "Hello David, I would like to learn how you built a career beside the clinic and what founders should know about health markets.");
    }

    private void mentorCandidate(Programme cohort, String id, int capacity, String preferences, MentoringLevel... levels) {
        programmes.saveCandidate(new Candidate(cohort.getId(), id, CandidateRole.MENTOR, capacity, List.of(levels), preferences,
                cohort.getSignupOpensAt().plusSeconds(3600)));
    }

    private void student(Programme cohort, String id, MentoringLevel level) {
        programmes.saveCandidate(new Candidate(cohort.getId(), id, CandidateRole.STUDENT, null, List.of(level), null,
                cohort.getRequestsOpenAt().plusSeconds(3600)));
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}

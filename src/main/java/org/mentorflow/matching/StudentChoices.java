package org.mentorflow.matching;

import static org.mentorflow.programme.CalendarDays.day;
import static org.mentorflow.programme.CalendarDays.lastDay;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's ranked choices of mentor candidates in a cohort, up to {@value #MAX_CHOICES}, from sign-up until the
 * request window closes; the match proposal puts them first in the student's ranking.
 */
@Service
public class StudentChoices {

    public static final int MAX_CHOICES = 3;

    /** A mentor candidate as a student sees them when choosing: the display name and what they offer. */
    record MentorOption(String mentorId, String displayName, List<String> fields, List<String> languages) {
    }

    private final Programmes programmes;
    private final PeopleService people;
    private final StudentChoiceRepository choices;
    private final Clock clock;

    StudentChoices(Programmes programmes, PeopleService people, StudentChoiceRepository choices, Clock clock) {
        this.programmes = programmes;
        this.people = people;
        this.choices = choices;
        this.clock = clock;
    }

    /** The student's choices, first first. */
    @Transactional(readOnly = true)
    public List<String> of(long programmeId, String studentId) {
        return choices.findByProgrammeIdAndStudentIdOrderByRankAsc(programmeId, studentId).stream()
                .map(StudentChoice::getMentorId).toList();
    }

    /** Refuses if the person may not choose in this cohort now; the student candidacy otherwise. */
    @Transactional(readOnly = true)
    public Candidate checkMayChoose(Programme programme, String studentId) {
        if (!programme.isCohort()) {
            throw new ChoiceRefusedException("matching.choices.refused.not-a-cohort", programme.getName());
        }
        Optional<Candidate> candidate = programmes.candidate(programme.getId(), studentId, CandidateRole.STUDENT);
        if (candidate.isEmpty()) {
            throw new ChoiceRefusedException("matching.choices.refused.not-a-student", programme.getName());
        }
        Window window = programme.studentSignUp(clock.instant());
        if (window == Window.NOT_YET) {
            throw new ChoiceRefusedException("matching.choices.refused.not-yet", programme.getName(),
                    day(programme, programme.getSignupOpensAt()));
        }
        if (window == Window.CLOSED) {
            throw new ChoiceRefusedException("matching.choices.refused.closed", programme.getName(),
                    lastDay(programme, programme.getRequestsCloseAt()));
        }
        return candidate.get();
    }

    /** The mentor candidates the student may choose: they mentor the student's level and speak a common language. */
    @Transactional(readOnly = true)
    public List<MentorOption> options(Programme programme, String studentId) {
        Candidate student = checkMayChoose(programme, studentId);
        Person person = people.get(studentId);
        MentoringLevel level = student.levelList().isEmpty() ? MentoringLevel.MASTERS : student.levelList().get(0);
        return programmes.candidates(programme.getId(), CandidateRole.MENTOR).stream()
                .filter(candidate -> !candidate.getPersonId().equals(studentId))
                .filter(candidate -> levels(candidate).contains(level))
                .map(candidate -> people.find(candidate.getPersonId()).orElse(null))
                .filter(mentor -> mentor != null && mentor.isMentor() && mentor.isVisible())
                .filter(mentor -> mentor.getSpokenLanguages().stream().anyMatch(person.getSpokenLanguages()::contains))
                .map(mentor -> new MentorOption(mentor.getId(), mentor.getDisplayName(),
                        mentor.getFieldsOfStudy().stream().map(FieldOfStudy::getName).sorted().toList(),
                        mentor.getSpokenLanguages().stream().sorted().toList()))
                .toList();
    }

    /** Replaces the student's choices with these mentor ids, first first; blanks are skipped. */
    @Transactional
    public void choose(Programme programme, String studentId, List<String> mentorIds) {
        List<String> chosen = mentorIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).toList();
        Set<String> allowed = options(programme, studentId).stream().map(MentorOption::mentorId).collect(Collectors.toSet());
        if (chosen.size() > MAX_CHOICES) {
            throw new ChoiceRefusedException("matching.choices.refused.too-many", MAX_CHOICES);
        }
        if (new HashSet<>(chosen).size() < chosen.size()) {
            throw new ChoiceRefusedException("matching.choices.refused.twice");
        }
        if (!allowed.containsAll(chosen)) {
            throw new ChoiceRefusedException("matching.choices.refused.not-a-mentor", programme.getName());
        }
        choices.deleteChoices(programme.getId(), studentId);
        choices.flush();
        for (int i = 0; i < chosen.size(); i++) {
            choices.save(new StudentChoice(programme.getId(), studentId, chosen.get(i), i + 1));
        }
    }

    private List<MentoringLevel> levels(Candidate mentor) {
        return mentor.levelList().isEmpty()
                ? people.find(mentor.getPersonId()).map(p -> List.copyOf(p.getMentoringLevels())).orElse(List.of())
                : mentor.levelList();
    }
}

package org.mentorflow.cohort;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorflow.matching.MatchProposals;
import org.mentorflow.matching.MatchReason;
import org.mentorflow.matching.Unplaced;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the request window: the cohort's students still without a mentor, the mentor candidates with room, and one
 * suggested mentor per student: the match proposal's stable matching of the cohort as it stands now
 * ({@link MatchProposals#unplaced}), so placements and proposals weigh a pair alike. The coordinator's choices are
 * checked against the same picture before they become requests, so a refusal is a sentence on the page, not an
 * incident.
 */
@Service
class Placements {

    private final Programmes programmes;
    private final PeopleService people;
    private final MatchProposals matching;

    Placements(Programmes programmes, PeopleService people, MatchProposals matching) {
        this.programmes = programmes;
        this.people = people;
        this.matching = matching;
    }

    /** A student still without a mentor, with their level and the suggestion (null when none fits). */
    record Student(Person person, List<MentoringLevel> levels, Suggestion suggestion) {
    }

    /** A mentor candidate with places left: their free places minus the requests they hold. */
    record Mentor(Person person, List<MentoringLevel> levels, long places) {
    }

    /** The suggested mentor and why, as the match proposal gives its reasons. */
    record Suggestion(Person mentor, List<MatchReason> reasons) {
    }

    record Overview(Programme programme, List<Student> students, List<Mentor> mentors) {

        Optional<Mentor> mentor(String personId) {
            return mentors.stream().filter(m -> m.person().getId().equals(personId)).findFirst();
        }

        Optional<Student> student(String personId) {
            return students.stream().filter(s -> s.person().getId().equals(personId)).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public Overview overview(long programmeId) {
        Unplaced unplaced = matching.unplaced(programmeId);
        List<Student> students = unplaced.students().stream()
                .map(student -> new Student(student.person(), List.of(student.level()),
                        student.suggestedMentor() == null ? null : new Suggestion(student.suggestedMentor(), student.reasons())))
                .toList();
        List<Mentor> mentors = unplaced.mentors().stream()
                .map(mentor -> new Mentor(mentor.person(), mentor.levels(), mentor.room()))
                .toList();
        return new Overview(programmes.get(programmeId), students, mentors);
    }

    /**
     * What would refuse these placements (student id to mentor id) now, per student: a student placed meanwhile, a
     * mentor without places left, more students for a mentor than places, a profile that cannot take a request.
     */
    Map<String, MessageSourceResolvable> problems(Overview overview, Map<String, String> placements) {
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        Map<String, Long> left = new HashMap<>();
        overview.mentors().forEach(m -> left.put(m.person().getId(), m.places()));
        placements.forEach((studentId, mentorId) -> {
            Optional<Student> student = overview.student(studentId);
            Optional<Mentor> mentor = overview.mentor(mentorId);
            if (student.isEmpty()) {
                problems.put(studentId, refusal("cohort.placement.refused.student-placed", name(studentId)));
            } else if (!student.get().person().isMentee() || !student.get().person().hasCompleteApplication()) {
                problems.put(studentId, refusal("cohort.placement.refused.application-incomplete", student.get().person().getDisplayName()));
            } else if (mentor.isEmpty()) {
                problems.put(studentId, refusal("cohort.placement.refused.mentor-full", name(mentorId)));
            } else if (!mentor.get().person().isMentorVerified() || !mentor.get().person().isAvailable()) {
                problems.put(studentId, refusal("cohort.placement.refused.mentor-unavailable", mentor.get().person().getDisplayName()));
            } else if (left.merge(mentorId, -1L, Long::sum) < 0) {
                problems.put(studentId, refusal("cohort.placement.refused.too-many", mentor.get().person().getDisplayName(),
                        mentor.get().places()));
            }
        });
        return problems;
    }

    private String name(String personId) {
        return people.find(personId).map(Person::getDisplayName).orElse("?");
    }

    private static MessageSourceResolvable refusal(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }

    static String toJson(Map<String, String> choices) {
        return StringMapJson.write(choices);
    }

    static Map<String, String> fromJson(String json) {
        return StringMapJson.read(json, "the placements");
    }
}

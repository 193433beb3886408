package org.mentorflow.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;

/**
 * A cohort as the match proposal sees it at one moment: the students still without a mentor, the mentor
 * candidates with room, and who may be paired with whom. Computing the proposal from it is pure.
 *
 * @param pairedBefore "studentId:mentorId" of people already paired (in any programme): never again
 */
record MatchPool(Programme programme, List<Student> students, List<Mentor> mentors, Set<String> pairedBefore) {

    /**
     * A student without a mentor in the cohort.
     *
     * @param complete whether the application has the four sections a request needs
     * @param choices  the mentor candidates the student chose, first choice first
     */
    record Student(Person person, PairFit.StudentProfile profile, boolean complete, List<String> choices) {

        String id() {
            return person.getId();
        }
    }

    /** A mentor candidate with room: {@code room} more students this proposal may send them. */
    record Mentor(Person person, PairFit.MentorProfile profile, int room) {

        String id() {
            return person.getId();
        }
    }

    /** A proposed pair, or a student without one ({@code mentorId} null) and why. */
    record Row(String studentId, String mentorId, Integer studentRank, List<MatchReason> reasons) {
    }

    Optional<Student> student(String id) {
        return students.stream().filter(student -> student.id().equals(id)).findFirst();
    }

    Optional<Mentor> mentor(String id) {
        return mentors.stream().filter(mentor -> mentor.id().equals(id)).findFirst();
    }

    boolean acceptable(Student student, Mentor mentor) {
        return student.complete() && PairFit.acceptable(student.profile(), mentor.profile())
                && !pairedBefore.contains(student.id() + ":" + mentor.id());
    }

    /** The mentors with room that accept this student, in the student's order (choices, then fit). */
    List<Mentor> optionsFor(Student student) {
        return ranking(student);
    }

    /** The student's acceptable mentors, best first: their own choices in order, then by fit, then by sign-up. */
    List<Mentor> ranking(Student student) {
        List<Mentor> ranked = new ArrayList<>();
        for (String choice : student.choices()) {
            mentor(choice).filter(mentor -> acceptable(student, mentor)).ifPresent(ranked::add);
        }
        mentors.stream().filter(mentor -> acceptable(student, mentor) && !ranked.contains(mentor))
                .sorted(Comparator.comparingInt((Mentor mentor) -> -PairFit.studentScore(student.profile(), mentor.profile()))
                        .thenComparingInt(mentors::indexOf))
                .forEach(ranked::add);
        return ranked;
    }

    /** The mentor's acceptable students, best first: by their preferences and fit, then by sign-up. */
    List<Student> ranking(Mentor mentor) {
        return students.stream().filter(student -> acceptable(student, mentor))
                .sorted(Comparator.comparingInt((Student student) -> -PairFit.mentorScore(mentor.profile(), student.profile()))
                        .thenComparingInt(students::indexOf))
                .toList();
    }

    /** The proposal: the student-optimal stable matching, every student with a mentor and reasons, or why not. */
    List<Row> propose() {
        Map<String, List<String>> studentRankings = new LinkedHashMap<>();
        Map<String, List<String>> mentorRankings = new LinkedHashMap<>();
        Map<String, Integer> capacities = new LinkedHashMap<>();
        students.forEach(student -> studentRankings.put(student.id(), ranking(student).stream().map(Mentor::id).toList()));
        mentors.forEach(mentor -> {
            mentorRankings.put(mentor.id(), ranking(mentor).stream().map(Student::id).toList());
            capacities.put(mentor.id(), mentor.room());
        });
        StableMatching.Result result = StableMatching.match(studentRankings, mentorRankings, capacities);

        List<Row> rows = new ArrayList<>();
        for (Student student : students) {
            String mentorId = result.mentorOf().get(student.id());
            if (mentorId == null) {
                MatchReason.Kind why = !student.complete() ? MatchReason.Kind.APPLICATION_INCOMPLETE
                        : studentRankings.get(student.id()).isEmpty() ? MatchReason.Kind.NO_ACCEPTABLE_MENTOR
                        : MatchReason.Kind.PLACES_TAKEN;
                rows.add(new Row(student.id(), null, null, List.of(MatchReason.of(why))));
                continue;
            }
            Mentor mentor = mentor(mentorId).orElseThrow();
            int choice = student.choices().indexOf(mentorId);
            rows.add(new Row(student.id(), mentorId, studentRankings.get(student.id()).indexOf(mentorId) + 1,
                    PairFit.reasons(student.profile(), mentor.profile(), choice < 0 ? null : choice + 1)));
        }
        return rows;
    }
}

package org.mentorflow.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the request window: the cohort's students still without a mentor, the mentor candidates with free places,
 * and one suggested mentor per student (a simple score: same level, a shared language, a shared field of study;
 * a greedy pass that never suggests more students to a mentor than the places left). The coordinator's choices are
 * checked against the same picture before they become requests, so a refusal is a sentence on the page, not an
 * incident.
 */
@Service
class Placements {

    static final int SAME_LEVEL = 3;
    static final int SHARED_LANGUAGE = 2;
    static final int SHARED_FIELD = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Programmes programmes;
    private final PeopleService people;
    private final Mentorships mentorships;
    private final CohortData data;

    Placements(Programmes programmes, PeopleService people, Mentorships mentorships, CohortData data) {
        this.programmes = programmes;
        this.people = people;
        this.mentorships = mentorships;
        this.data = data;
    }

    /** A student still without a mentor, with their level (if they gave one) and the suggestion. */
    record Student(Person person, List<MentoringLevel> levels, Suggestion suggestion) {
    }

    /** A mentor candidate with places left: their free places minus the requests they hold. */
    record Mentor(Person person, List<MentoringLevel> levels, long places) {
    }

    /** The suggested mentor and why: the shared level, languages and fields. */
    record Suggestion(Person mentor, int score, List<MentoringLevel> levels, List<String> languages, List<String> fields) {
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
        Programme programme = programmes.get(programmeId);
        Set<String> taken = new HashSet<>();
        Map<String, Long> requestsHeld = new HashMap<>();
        for (Mentorship mentorship : data.mentorships(programmeId,
                EnumSet.of(MentorshipState.REQUESTED, MentorshipState.ACCEPTED, MentorshipState.ACTIVE))) {
            taken.add(mentorship.getMentee().getId());
            if (mentorship.getState() == MentorshipState.REQUESTED) {
                requestsHeld.merge(mentorship.getMentor().getId(), 1L, Long::sum);
            }
        }
        List<Mentor> mentors = new ArrayList<>();
        for (Candidate candidate : programmes.candidates(programmeId, CandidateRole.MENTOR)) {
            Optional<Person> person = people.find(candidate.getPersonId()).filter(Person::isVisible);
            if (person.isEmpty()) {
                continue;
            }
            long held = requestsHeld.getOrDefault(person.get().getId(), 0L);
            long places = Math.min(mentorships.freePlaces(person.get(), programme) - held,
                    programme.getMaxOpenRequestsPerMentor() - held);
            if (places > 0) {
                mentors.add(new Mentor(person.get(), candidate.levelList(), places));
            }
        }
        Map<String, Long> left = new HashMap<>();
        mentors.forEach(m -> left.put(m.person().getId(), m.places()));
        Map<Candidate, Person> waiting = new LinkedHashMap<>();
        for (Candidate candidate : programmes.candidates(programmeId, CandidateRole.STUDENT)) {
            if (!taken.contains(candidate.getPersonId())) {
                people.find(candidate.getPersonId()).filter(Person::isVisible).ifPresent(person -> waiting.put(candidate, person));
            }
        }
        // the students with the fewest fitting mentors choose first, so a rare level still finds its mentor
        Map<Candidate, Suggestion> suggestions = new HashMap<>();
        waiting.keySet().stream()
                .sorted(Comparator.comparingLong(candidate -> mentors.stream().filter(m -> fits(candidate.levelList(), m)).count()))
                .forEach(candidate -> {
                    Suggestion suggestion = suggest(waiting.get(candidate), candidate.levelList(), mentors, left);
                    if (suggestion != null) {
                        left.merge(suggestion.mentor().getId(), -1L, Long::sum);
                        suggestions.put(candidate, suggestion);
                    }
                });
        List<Student> students = new ArrayList<>();
        waiting.forEach((candidate, person) -> students.add(new Student(person, candidate.levelList(), suggestions.get(candidate))));
        return new Overview(programme, students, mentors);
    }

    private static Suggestion suggest(Person student, List<MentoringLevel> levels, List<Mentor> mentors, Map<String, Long> left) {
        return mentors.stream()
                .filter(m -> left.getOrDefault(m.person().getId(), 0L) > 0)
                .filter(m -> fits(levels, m))
                .map(m -> suggestion(student, levels, m))
                .max(Comparator.comparingInt(Suggestion::score)
                        .thenComparing(s -> left.get(s.mentor().getId()))
                        .thenComparing(s -> s.mentor().getDisplayName(), Comparator.reverseOrder()))
                .orElse(null);
    }

    /** A mentor fits a student's level when either gave none or they share one. */
    private static boolean fits(List<MentoringLevel> levels, Mentor mentor) {
        return levels.isEmpty() || mentor.levels().isEmpty() || mentor.levels().stream().anyMatch(levels::contains);
    }

    private static Suggestion suggestion(Person student, List<MentoringLevel> levels, Mentor mentor) {
        List<MentoringLevel> sharedLevels = mentor.levels().stream().filter(levels::contains).toList();
        List<String> languages = student.getSpokenLanguages().stream()
                .filter(mentor.person().getSpokenLanguages()::contains).sorted().toList();
        Set<String> mentorFields = new HashSet<>();
        mentor.person().getFieldsOfStudy().stream().map(FieldOfStudy::getName).forEach(mentorFields::add);
        List<String> fields = student.getFieldsOfStudy().stream().map(FieldOfStudy::getName)
                .filter(mentorFields::contains).sorted().toList();
        int score = (sharedLevels.isEmpty() ? 0 : SAME_LEVEL) + SHARED_LANGUAGE * Math.min(1, languages.size())
                + SHARED_FIELD * fields.size();
        return new Suggestion(mentor.person(), score, sharedLevels, languages, fields);
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

    static String toJson(Map<String, String> placements) {
        try {
            return JSON.writeValueAsString(placements);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object of strings: the placements", e);
        }
    }
}

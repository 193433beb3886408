package org.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Deferred acceptance on textbook instances whose student-optimal matching is known, and on seeded random instances
 * where every result must be stable, respect capacities and pair only people who accept each other, and give every
 * student the best mentor any stable matching gives them.
 */
class StableMatchingTest {

    @Test
    void studentsGetTheStudentOptimalOfTwoStableMatchings() {
        // X-B, Y-A, Z-C is stable too (the mentors' favourite); proposing students get A-X, B-Y, C-Z
        StableMatching.Result result = StableMatching.match(
                ordered("A", List.of("X", "Y", "Z"), "B", List.of("Y", "X", "Z"), "C", List.of("X", "Z", "Y")),
                Map.of("X", List.of("B", "A", "C"), "Y", List.of("A", "B", "C"), "Z", List.of("A", "B", "C")),
                Map.of("X", 1, "Y", 1, "Z", 1));

        assertThat(result.mentorOf()).containsExactly(Map.entry("A", "X"), Map.entry("B", "Y"), Map.entry("C", "Z"));
        assertThat(result.unmatched()).isEmpty();
    }

    @Test
    void aMentorWithTwoPlacesKeepsTheTwoTheyRankBestAndMoreStudentsThanPlacesLeaveOneOut() {
        StableMatching.Result result = StableMatching.match(
                ordered("s1", List.of("M1", "M2"), "s2", List.of("M1", "M2"), "s3", List.of("M1"), "s4", List.of("M2", "M1")),
                Map.of("M1", List.of("s3", "s2", "s1", "s4"), "M2", List.of("s1", "s4", "s2")),
                Map.of("M1", 2, "M2", 1));

        assertThat(result.mentorOf()).containsExactly(Map.entry("s1", "M2"), Map.entry("s2", "M1"), Map.entry("s3", "M1"));
        assertThat(result.studentsOf("M1")).containsExactly("s2", "s3");
        assertThat(result.unmatched()).containsExactly("s4");
    }

    @Test
    void aPairIsMadeOnlyWhereBothAcceptEachOther() {
        StableMatching.Result result = StableMatching.match(
                ordered("s1", List.of("M1", "M2"), "s2", List.of("M1"), "s3", List.of(), "s4", List.of("M3")),
                Map.of("M1", List.of("s2"), "M2", List.of("s1", "s2"), "M3", List.of("s4")),
                Map.of("M1", 1, "M2", 1, "M3", 0));

        assertThat(result.mentorOf()).containsExactly(Map.entry("s1", "M2"), Map.entry("s2", "M1"));
        assertThat(result.unmatched()).as("s3 accepts nobody, M3 has no place").containsExactly("s3", "s4");
    }

    @Test
    void capacityOneMeansOneStudentEach() {
        StableMatching.Result result = StableMatching.match(
                ordered("a", List.of("M"), "b", List.of("M"), "c", List.of("M")),
                Map.of("M", List.of("c", "a", "b")), Map.of("M", 1));

        assertThat(result.mentorOf()).containsExactly(Map.entry("c", "M"));
        assertThat(result.unmatched()).containsExactly("a", "b");
    }

    @Test
    void theSameInputGivesTheSameResult() {
        Random random = new Random(7);
        Instance instance = Instance.random(random, 12, 6);
        StableMatching.Result first = instance.solve();
        for (int i = 0; i < 5; i++) {
            assertThat(instance.solve()).isEqualTo(first);
        }
    }

    @Test
    void randomInstancesGiveStableMatchingsWithinCapacities() {
        for (long seed = 1; seed <= 500; seed++) {
            Random random = new Random(seed);
            Instance instance = Instance.random(random, 1 + random.nextInt(14), 1 + random.nextInt(7));
            StableMatching.Result result = instance.solve();
            assertThat(instance.problems(result.mentorOf())).as("seed " + seed).isEmpty();
            assertThat(result.mentorOf().size() + result.unmatched().size()).as("seed " + seed)
                    .isEqualTo(instance.students.size());
        }
    }

    @Test
    void smallRandomInstancesGiveEveryStudentTheirBestStableMentor() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            Instance instance = Instance.random(random, 1 + random.nextInt(5), 1 + random.nextInt(3));
            Map<String, String> proposed = instance.solve().mentorOf();
            List<Map<String, String>> stable = instance.allStableMatchings();
            assertThat(stable).as("seed " + seed + ": the result is among the stable matchings").contains(proposed);
            for (Map<String, String> other : stable) {
                for (String student : instance.students.keySet()) {
                    assertThat(instance.studentRank(student, proposed.get(student)))
                            .as("seed " + seed + ", " + student)
                            .isLessThanOrEqualTo(instance.studentRank(student, other.get(student)));
                }
            }
        }
    }

    private static Map<String, List<String>> ordered(Object... keysAndLists) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLists.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) keysAndLists[i + 1];
            map.put((String) keysAndLists[i], list);
        }
        return map;
    }

    /** A random instance: each side ranks a random subset of the other; capacities 0 to 2. */
    private record Instance(Map<String, List<String>> students, Map<String, List<String>> mentors,
            Map<String, Integer> capacities) {

        static Instance random(Random random, int studentCount, int mentorCount) {
            List<String> studentIds = new ArrayList<>();
            List<String> mentorIds = new ArrayList<>();
            for (int i = 0; i < studentCount; i++) {
                studentIds.add("s" + i);
            }
            for (int i = 0; i < mentorCount; i++) {
                mentorIds.add("m" + i);
            }
            Map<String, List<String>> students = new LinkedHashMap<>();
            studentIds.forEach(s -> students.put(s, subset(random, mentorIds)));
            Map<String, List<String>> mentors = new HashMap<>();
            Map<String, Integer> capacities = new HashMap<>();
            mentorIds.forEach(m -> {
                mentors.put(m, subset(random, studentIds));
                capacities.put(m, random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2));
            });
            return new Instance(students, mentors, capacities);
        }

        private static List<String> subset(Random random, List<String> all) {
            List<String> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            return List.copyOf(shuffled.subList(0, random.nextInt(all.size() + 1)));
        }

        StableMatching.Result solve() {
            return StableMatching.match(students, mentors, capacities);
        }

        boolean acceptable(String student, String mentor) {
            return students.get(student).contains(mentor) && mentors.get(mentor).contains(student);
        }

        /** 0 is the first choice; no mentor is worse than any. */
        int studentRank(String student, String mentor) {
            return mentor == null ? Integer.MAX_VALUE : students.get(student).indexOf(mentor);
        }

        /** Unacceptable pairs, overfull mentors and blocking pairs of a matching. */
        List<String> problems(Map<String, String> mentorOf) {
            List<String> problems = new ArrayList<>();
            Map<String, List<String>> held = new HashMap<>();
            mentorOf.forEach((student, mentor) -> {
                if (!acceptable(student, mentor)) {
                    problems.add("unacceptable " + student + "-" + mentor);
                }
                held.computeIfAbsent(mentor, m -> new ArrayList<>()).add(student);
            });
            held.forEach((mentor, list) -> {
                if (list.size() > capacities.get(mentor)) {
                    problems.add(mentor + " holds " + list.size() + " of " + capacities.get(mentor));
                }
            });
            for (String student : students.keySet()) {
                for (String mentor : mentors.keySet()) {
                    if (!acceptable(student, mentor) || studentRank(student, mentor) >= studentRank(student, mentorOf.get(student))) {
                        continue;
                    }
                    List<String> theirs = held.getOrDefault(mentor, List.of());
                    boolean room = theirs.size() < capacities.get(mentor);
                    boolean prefersStudent = theirs.stream()
                            .anyMatch(other -> mentors.get(mentor).indexOf(student) < mentors.get(mentor).indexOf(other));
                    if (room || prefersStudent) {
                        problems.add("blocking pair " + student + "-" + mentor);
                    }
                }
            }
            return problems;
        }

        /** Every stable matching, by trying every assignment (small instances only). */
        List<Map<String, String>> allStableMatchings() {
            List<String> ids = new ArrayList<>(students.keySet());
            List<Map<String, String>> found = new ArrayList<>();
            assign(ids, 0, new LinkedHashMap<>(), found);
            return found;
        }

        private void assign(List<String> ids, int index, Map<String, String> partial, List<Map<String, String>> found) {
            if (index == ids.size()) {
                if (problems(partial).isEmpty()) {
                    found.add(new LinkedHashMap<>(partial));
                }
                return;
            }
            String student = ids.get(index);
            assign(ids, index + 1, partial, found);
            for (String mentor : students.get(student)) {
                if (acceptable(student, mentor)) {
                    partial.put(student, mentor);
                    assign(ids, index + 1, partial, found);
                    partial.remove(student);
                }
            }
        }
    }
}

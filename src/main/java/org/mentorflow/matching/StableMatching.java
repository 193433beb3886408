package org.mentorflow.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Many-to-one stable matching by deferred acceptance (Gale and Shapley; the hospitals/residents form): students
 * propose, one mentor at a time, down their ranked list of acceptable mentors; a mentor holds up to their capacity
 * of proposing students by their own ranking and rejects the worst when one too many holds on. The result is the
 * student-optimal stable matching: no student and mentor would both rather be together than with what they got,
 * and no student could do better in any other stable matching.
 *
 * <p>Pure and deterministic: ids only, no database; the rankings are strict lists (break ties before, by a stable
 * order), and a pair is acceptable only when each side lists the other. Students propose in the order given.
 */
public final class StableMatching {

    /**
     * @param mentorOf  each matched student's mentor, students in the order given
     * @param unmatched students left without a mentor, in the order given
     */
    public record Result(Map<String, String> mentorOf, List<String> unmatched) {

        /** The students a mentor got, in the order students were given. */
        public List<String> studentsOf(String mentor) {
            return mentorOf.entrySet().stream().filter(entry -> entry.getValue().equals(mentor)).map(Map.Entry::getKey)
                    .toList();
        }
    }

    private StableMatching() {
    }

    /**
     * @param studentRankings each student's acceptable mentors, best first (iteration order: the proposing order)
     * @param mentorRankings  each mentor's acceptable students, best first; a mentor missing here accepts nobody
     * @param capacities      how many students each mentor takes; a missing mentor takes none
     */
    public static Result match(Map<String, List<String>> studentRankings, Map<String, List<String>> mentorRankings,
            Map<String, Integer> capacities) {
        Map<String, Map<String, Integer>> mentorRank = new HashMap<>();
        mentorRankings.forEach((mentor, students) -> {
            Map<String, Integer> rank = new HashMap<>();
            for (String student : students) {
                rank.putIfAbsent(student, rank.size());
            }
            mentorRank.put(mentor, rank);
        });
        Map<String, Integer> nextChoice = new HashMap<>();
        Map<String, TreeSet<String>> held = new HashMap<>();
        Deque<String> free = new ArrayDeque<>(new LinkedHashSet<>(studentRankings.keySet()));

        while (!free.isEmpty()) {
            String student = free.pollFirst();
            List<String> ranking = studentRankings.get(student);
            int next = nextChoice.getOrDefault(student, 0);
            if (ranking == null || next >= ranking.size()) {
                continue; // no one left to ask: unmatched
            }
            nextChoice.put(student, next + 1);
            String mentor = ranking.get(next);
            Map<String, Integer> rank = mentorRank.get(mentor);
            int capacity = capacities.getOrDefault(mentor, 0);
            if (rank == null || !rank.containsKey(student) || capacity <= 0) {
                free.addFirst(student); // rejected at once: on to the next choice
                continue;
            }
            TreeSet<String> students = held.computeIfAbsent(mentor,
                    m -> new TreeSet<>((a, b) -> Integer.compare(rank.get(a), rank.get(b))));
            students.add(student);
            if (students.size() > capacity) {
                String worst = students.pollLast();
                free.addFirst(worst);
            }
        }

        Map<String, String> mentorOf = new HashMap<>();
        held.forEach((mentor, students) -> students.forEach(student -> mentorOf.put(student, mentor)));
        Map<String, String> ordered = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String student : studentRankings.keySet()) {
            String mentor = mentorOf.get(student);
            if (mentor != null) {
                ordered.put(student, mentor);
            } else {
                unmatched.add(student);
            }
        }
        return new Result(ordered, List.copyOf(unmatched));
    }
}

package org.mentorflow.matching;

import java.util.List;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;

/**
 * A cohort's students still without a mentor, each with the mentor the stable matching would give them now and
 * why, and the mentor candidates with room: what placing students after the request window starts from.
 */
public record Unplaced(List<Student> students, List<Mentor> mentors) {

    /** @param suggestedMentor null when no mentor with room accepts the student; the reasons then say why */
    public record Student(Person person, MentoringLevel level, Person suggestedMentor, List<MatchReason> reasons) {
    }

    /** @param room how many more requests the mentor may get now */
    public record Mentor(Person person, List<MentoringLevel> levels, int room) {
    }
}

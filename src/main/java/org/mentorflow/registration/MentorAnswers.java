package org.mentorflow.registration;

import java.util.EnumSet;
import java.util.Set;
import org.mentorflow.people.MentoringLevel;

/**
 * What a mentor candidate says about themselves, the inputs of processes/mentor-eligibility.dmn.
 *
 * @param alumnus                 graduated from this institution (or its predecessors)
 * @param yearsAfterGraduation    years of working life since graduating
 * @param holdsDoctorate          holds a doctoral degree
 * @param mentorsMastersStudents  wants to mentor master's students
 * @param mentorsDoctoralStudents wants to mentor doctoral students
 */
public record MentorAnswers(boolean alumnus, int yearsAfterGraduation, boolean holdsDoctorate,
        boolean mentorsMastersStudents, boolean mentorsDoctoralStudents) {

    public MentorAnswers {
        if (yearsAfterGraduation < 0) {
            throw new IllegalArgumentException("Years after graduation cannot be negative");
        }
        if (!mentorsMastersStudents && !mentorsDoctoralStudents) {
            throw new IllegalArgumentException("A mentor mentors master's or doctoral students, or both");
        }
    }

    Set<MentoringLevel> levels() {
        Set<MentoringLevel> levels = EnumSet.noneOf(MentoringLevel.class);
        if (mentorsMastersStudents) {
            levels.add(MentoringLevel.MASTERS);
        }
        if (mentorsDoctoralStudents) {
            levels.add(MentoringLevel.DOCTORAL);
        }
        return levels;
    }
}

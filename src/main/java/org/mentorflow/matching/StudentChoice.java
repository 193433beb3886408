package org.mentorflow.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One of a student's ranked choices of mentor candidates in a cohort (1 = first), read by the match proposal. */
@Entity
@Table(name = "programme_choice")
@IdClass(StudentChoice.Key.class)
public class StudentChoice {

    @Id
    private Long programmeId;
    @Id
    private String studentId;
    @Id
    private String mentorId;
    @Column(name = "choice_rank")
    private int rank;

    protected StudentChoice() {
    }

    StudentChoice(long programmeId, String studentId, String mentorId, int rank) {
        this.programmeId = programmeId;
        this.studentId = studentId;
        this.mentorId = mentorId;
        this.rank = rank;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getStudentId() {
        return studentId;
    }

    public String getMentorId() {
        return mentorId;
    }

    public int getRank() {
        return rank;
    }

    public record Key(Long programmeId, String studentId, String mentorId) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}

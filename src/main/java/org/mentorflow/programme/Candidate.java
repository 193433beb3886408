package org.mentorflow.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mentorflow.people.MentoringLevel;

/**
 * Someone signed up for a cohort: a mentor candidate with the places and levels they offer in it, or a student
 * taking part. A person may be a candidate in several cohorts, with other places in each.
 */
@Entity
@Table(name = "programme_candidate")
@IdClass(Candidate.Key.class)
public class Candidate {

    @Id
    private Long programmeId;
    @Id
    private String personId;
    @Id
    @Enumerated(EnumType.STRING)
    private CandidateRole role;

    /** Mentors: how many students they take in this cohort (1 or 2). */
    private Integer capacity;
    /** Mentors: the levels they mentor; students: their own level. Comma-separated. */
    private String levels;
    /** Mentors: whom they would like to mentor, in their own words; read by the match proposal. */
    private String preferences;
    private Instant signedUpAt;

    protected Candidate() {
    }

    public Candidate(Long programmeId, String personId, CandidateRole role, Integer capacity, List<MentoringLevel> levels,
            String preferences, Instant now) {
        this.programmeId = programmeId;
        this.personId = personId;
        this.role = role;
        this.capacity = capacity;
        this.levels = levels.stream().map(Enum::name).collect(Collectors.joining(","));
        this.preferences = preferences;
        this.signedUpAt = now;
    }

    public void change(Integer capacity, List<MentoringLevel> levels, String preferences) {
        this.capacity = capacity;
        this.levels = levels.stream().map(Enum::name).collect(Collectors.joining(","));
        this.preferences = preferences;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getPersonId() {
        return personId;
    }

    public CandidateRole getRole() {
        return role;
    }

    public int getCapacity() {
        return capacity == null ? 0 : capacity;
    }

    public List<MentoringLevel> levelList() {
        return levels == null || levels.isBlank() ? List.of()
                : Arrays.stream(levels.split(",")).map(MentoringLevel::valueOf).toList();
    }

    public String getPreferences() {
        return preferences;
    }

    public Instant getSignedUpAt() {
        return signedUpAt;
    }

    /** The composite key: programme, person, role. */
    public record Key(Long programmeId, String personId, CandidateRole role) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}

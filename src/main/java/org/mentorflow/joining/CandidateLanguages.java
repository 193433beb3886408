package org.mentorflow.joining;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorflow.programme.CandidateRole;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The languages a mentor candidate mentors in within a cohort (table programme_candidate_language, V13_5): chosen on
 * the sign-up form from the languages their profile speaks. Read by the cohort's mentor list and open to the match
 * proposal.
 */
@Component
public class CandidateLanguages {

    private final NamedParameterJdbcTemplate jdbc;

    CandidateLanguages(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The mentor candidate's languages in this cohort, ISO 639 codes in alphabetical order; empty if none were chosen. */
    @Transactional(readOnly = true)
    public List<String> of(long programmeId, String mentorId) {
        return jdbc.queryForList("""
                select language from programme_candidate_language
                where programme_id = :programme and person_id = :person and role = :role order by language
                """, key(programmeId, mentorId), String.class);
    }

    /** Every mentor candidate's languages in this cohort, by person id. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> ofCohort(long programmeId) {
        Map<String, List<String>> languages = new LinkedHashMap<>();
        jdbc.query("""
                select person_id, language from programme_candidate_language
                where programme_id = :programme and role = :role order by person_id, language
                """, key(programmeId, null), rs -> {
            languages.computeIfAbsent(rs.getString("person_id"), id -> new ArrayList<>()).add(rs.getString("language"));
        });
        return languages;
    }

    /** The same, by the candidates' public ids: what the cohort's mentor cards name them by. */
    @Transactional(readOnly = true)
    Map<String, List<String>> ofCohortByPublicId(long programmeId) {
        Map<String, List<String>> languages = new LinkedHashMap<>();
        jdbc.query("""
                select p.public_id, l.language from programme_candidate_language l join person p on p.id = l.person_id
                where l.programme_id = :programme and l.role = :role order by p.public_id, l.language
                """, key(programmeId, null), rs -> {
            languages.computeIfAbsent(rs.getString("public_id"), id -> new ArrayList<>()).add(rs.getString("language"));
        });
        return languages;
    }

    /** Replaces the candidate's languages; the candidate's row must exist (its sign-up is saved first). */
    @Transactional
    void replace(long programmeId, String mentorId, Collection<String> languages) {
        jdbc.update("delete from programme_candidate_language where programme_id = :programme and person_id = :person and role = :role",
                key(programmeId, mentorId));
        for (String language : languages) {
            jdbc.update("""
                    insert into programme_candidate_language (programme_id, person_id, role, language)
                    values (:programme, :person, :role, :language)
                    """, key(programmeId, mentorId).addValue("language", language));
        }
    }

    private static MapSqlParameterSource key(long programmeId, String personId) {
        return new MapSqlParameterSource().addValue("programme", programmeId).addValue("person", personId)
                .addValue("role", CandidateRole.MENTOR.name());
    }
}

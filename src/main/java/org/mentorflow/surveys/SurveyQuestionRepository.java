package org.mentorflow.surveys;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByProgrammeIdAndSurveyOrderByPositionAscIdAsc(long programmeId, Survey survey);

    boolean existsByProgrammeIdAndSurvey(long programmeId, Survey survey);

    /** Holds the programme's row until the transaction ends: two first visits copy the standard questions once. */
    @Query(value = "select id from programme where id = :programmeId for update", nativeQuery = true)
    Long lockProgramme(@Param("programmeId") long programmeId);
}

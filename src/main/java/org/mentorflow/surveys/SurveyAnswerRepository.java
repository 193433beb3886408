package org.mentorflow.surveys;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, SurveyAnswer.Key> {

    boolean existsByQuestionId(long questionId);

    List<SurveyAnswer> findByInvitationId(long invitationId);

    /** Per question: its id, how many answered it, the average of the scale values (null for text). */
    @Query("""
            select a.questionId, count(a), avg(a.scaleValue) from SurveyAnswer a
            where a.questionId in :questionIds group by a.questionId""")
    List<Object[]> figures(@Param("questionIds") Collection<Long> questionIds);

    /** A deleted account's written answers go (they may name people); their scale values stay, anonymous. */
    @Modifying
    @Query(value = """
            delete from survey_answer where scale_value is null and invitation_id in
                (select id from survey_invitation where person_id = :personId)""", nativeQuery = true)
    int deleteTextAnswersOf(@Param("personId") String personId);
}

package org.mentorflow.surveys;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

    List<SurveyInvitation> findByProgrammeIdAndSurveyOrderByIdAsc(long programmeId, Survey survey);

    boolean existsByProgrammeIdAndSurvey(long programmeId, Survey survey);

    @Query("select min(i.sentAt) from SurveyInvitation i where i.programmeId = :programmeId and i.survey = :survey")
    Optional<Instant> firstSentAt(@Param("programmeId") long programmeId, @Param("survey") Survey survey);

    /** Invited, answered and reminded of one survey, in this order. */
    @Query("""
            select count(i), coalesce(sum(case when i.answeredAt is not null then 1 else 0 end), 0),
                   coalesce(sum(case when i.remindedAt is not null then 1 else 0 end), 0)
            from SurveyInvitation i where i.programmeId = :programmeId and i.survey = :survey""")
    List<Object[]> counts(@Param("programmeId") long programmeId, @Param("survey") Survey survey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from SurveyInvitation i where i.id = :id")
    Optional<SurveyInvitation> lock(@Param("id") long id);

    @Modifying
    @Query("update SurveyInvitation i set i.personId = null where i.personId = :personId")
    int forgetPerson(@Param("personId") String personId);
}

package org.mentorflow.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StudentChoiceRepository extends JpaRepository<StudentChoice, StudentChoice.Key> {

    List<StudentChoice> findByProgrammeIdOrderByStudentIdAscRankAsc(Long programmeId);

    List<StudentChoice> findByProgrammeIdAndStudentIdOrderByRankAsc(Long programmeId, String studentId);

    @Modifying
    @Query("delete from StudentChoice c where c.programmeId = ?1 and c.studentId = ?2")
    void deleteChoices(Long programmeId, String studentId);
}

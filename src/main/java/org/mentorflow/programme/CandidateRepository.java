package org.mentorflow.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Candidate.Key> {

    List<Candidate> findByProgrammeIdAndRoleOrderBySignedUpAtAsc(Long programmeId, CandidateRole role);

    List<Candidate> findByPersonId(String personId);
}

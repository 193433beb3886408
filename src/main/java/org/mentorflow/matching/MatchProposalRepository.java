package org.mentorflow.matching;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchProposalRepository extends JpaRepository<MatchProposal, Long> {

    Optional<MatchProposal> findFirstByProgrammeIdOrderByCreatedAtDescIdDesc(Long programmeId);
}

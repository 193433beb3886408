package org.mentorflow.mentorship.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, Long> {

    List<AgreementVersion> findByMentorshipIdOrderByVersionNo(Long mentorshipId);

    Optional<AgreementVersion> findFirstByMentorshipIdOrderByVersionNoDesc(Long mentorshipId);

    Optional<AgreementVersion> findFirstByMentorshipIdAndStatusOrderByVersionNoDesc(Long mentorshipId, AgreementVersion.Status status);
}

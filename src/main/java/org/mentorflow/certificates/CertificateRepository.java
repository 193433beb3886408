package org.mentorflow.certificates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByMentorshipIdAndPersonId(Long mentorshipId, String personId);

    Optional<Certificate> findByVerificationCode(String verificationCode);

    boolean existsByVerificationCode(String verificationCode);

    List<Certificate> findByPersonIdOrderByIssuedAtDesc(String personId);

    List<Certificate> findByMentorshipIdAndPersonIdNot(Long mentorshipId, String personId);
}

package org.mentorflow.sso;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionalLinkRepository extends JpaRepository<InstitutionalLink, Long> {

    Optional<InstitutionalLink> findByIssuerAndSubject(String issuer, String subject);

    boolean existsByIssuerAndPersonId(String issuer, String personId);

    List<InstitutionalLink> findByPersonId(String personId);

    void deleteByPersonId(String personId);
}

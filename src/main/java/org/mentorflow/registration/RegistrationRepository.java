package org.mentorflow.registration;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByTokenHash(String tokenHash);

    Optional<Registration> findByPersonId(String personId);
}

package org.mentorflow.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FieldOfStudyRepository extends JpaRepository<FieldOfStudy, Long> {

    Optional<FieldOfStudy> findByName(String name);
}

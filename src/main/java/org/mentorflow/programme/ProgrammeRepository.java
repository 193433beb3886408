package org.mentorflow.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    Optional<Programme> findBySlug(String slug);

    Optional<Programme> findFirstByKindOrderByIdAsc(ProgrammeKind kind);

    List<Programme> findAllByOrderByIdAsc();
}

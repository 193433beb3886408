package org.mentorflow.credits;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CreditEntryRepository extends JpaRepository<CreditEntry, Long> {

    boolean existsByEntryKey(String entryKey);

    List<CreditEntry> findByPersonIdOrderById(String personId);
}

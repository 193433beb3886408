package org.mentorflow.people;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, String> {

    /** Row lock: serialises requests to the same mentor or from the same mentee, on every node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = ?1")
    Optional<Person> findByIdForUpdate(String id);

    boolean existsByEmailIgnoreCase(String email);

    Optional<Person> findByPublicId(String publicId);
}

package org.mentorflow.people;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, String> {

    /** Row lock: serialises requests to the same mentor or from the same mentee, on every node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = ?1")
    Optional<Person> findByIdForUpdate(String id);

    boolean existsByEmailIgnoreCase(String email);

    Optional<Person> findByEmailIgnoreCase(String email);

    boolean existsByIdAndAccountStatus(String id, AccountStatus status);

    /** One conditional update, no read: cheap enough to run on every login, and a no-op unless deactivated. */
    @Modifying
    @Query("update Person p set p.accountStatus = org.mentorflow.people.AccountStatus.ACTIVE, p.accountStatusChangedAt = ?2"
            + " where p.id = ?1 and p.accountStatus = org.mentorflow.people.AccountStatus.DEACTIVATED")
    int reactivate(String id, Instant now);

    boolean existsByIdIgnoreCase(String id);

    Optional<Person> findByPublicId(String publicId);
}

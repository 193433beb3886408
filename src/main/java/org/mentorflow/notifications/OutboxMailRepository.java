package org.mentorflow.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByMailKey(String mailKey);

    @Query("select m.id from OutboxMail m where m.status = 'PENDING' and m.nextAttemptAt <= ?1 order by m.id")
    List<Long> findDue(Instant now, Pageable page);

    /** Claims a row for one sender; the conditional update keeps two nodes from sending the same mail. */
    @Modifying
    @Query("update OutboxMail m set m.status = 'SENDING', m.nextAttemptAt = ?2 where m.id = ?1 and m.status = 'PENDING'")
    int claim(Long id, Instant staleAfter);

    /** Rows whose sender died mid-send go back to the queue. */
    @Modifying
    @Query("update OutboxMail m set m.status = 'PENDING' where m.status = 'SENDING' and m.nextAttemptAt <= ?1")
    int releaseStale(Instant now);

    /**
     * Per status of the mails not sent (yet): how many, and since when the oldest waits; one query over the
     * (status, next_attempt_at) index for every outbox figure ({@link OutboxFigures}).
     */
    @Query("select m.status as status, count(m) as mails, min(m.createdAt) as oldest from OutboxMail m"
            + " where m.status in ('PENDING', 'SENDING', 'FAILED') group by m.status")
    List<UnsentMails> countUnsent();

    /** One row of {@link #countUnsent()}. */
    interface UnsentMails {
        OutboxMail.Status getStatus();

        long getMails();

        Instant getOldest();
    }

    List<OutboxMail> findAllByOrderByIdDesc(Pageable page);

    List<OutboxMail> findByRecipientPersonIdOrderByIdDesc(String personId, Pageable page);

    /** Attachments go with their mail (on delete cascade). */
    @Modifying
    @Query("delete from OutboxMail m where m.mailKey like concat(?1, '%') and m.status <> 'SENDING'")
    int deleteKeyedUnder(String keyPrefix);

    @Modifying
    @Query("delete from OutboxMail m where m.recipientPersonId = ?1 and m.status <> 'SENDING'")
    int deleteByRecipient(String personId);
}

package org.mentorflow.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByMailKey(String mailKey);

    /** Claiming and marking rows is MailClaims' part; this loads what a sender got, files included. */
    @Query("select distinct m from OutboxMail m left join fetch m.attachments where m.id in ?1 order by m.id")
    List<OutboxMail> findWithAttachments(Collection<Long> ids);

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

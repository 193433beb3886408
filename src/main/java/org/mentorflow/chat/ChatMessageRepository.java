package org.mentorflow.chat;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChatMessageRepository extends JpaRepository<ChatMessage, Long> {

    List<ChatMessage> findByMentorshipIdOrderByIdAsc(Long mentorshipId);

    long countByMentorshipIdAndRecipientIdAndReadAtIsNull(Long mentorshipId, String recipientId);

    @Modifying
    @Query("delete from ChatMessage m where m.authorId = ?1")
    int deleteByAuthorId(String authorId);

    @Modifying
    @Query("update ChatMessage m set m.readAt = ?3 where m.mentorshipId = ?1 and m.recipientId = ?2 and m.readAt is null")
    int markRead(Long mentorshipId, String recipientId, Instant now);

    @Query("select new org.mentorflow.chat.UnreadCount(m.mentorshipId, count(m)) from ChatMessage m"
            + " where m.recipientId = ?1 and m.readAt is null group by m.mentorshipId")
    List<UnreadCount> countUnread(String recipientId);

    /**
     * Threads whose recipient has had unread messages since before {@code sentBefore} and got no reminder for them
     * yet (no unread message carries a claim), with the oldest unread message, the one a reminder claims.
     */
    @Query("select new org.mentorflow.chat.UnreadThread(m.mentorshipId, m.recipientId, min(m.id)) from ChatMessage m"
            + " where m.readAt is null group by m.mentorshipId, m.recipientId"
            + " having count(m.notifiedAt) = 0 and min(m.sentAt) <= ?1 order by min(m.id)")
    List<UnreadThread> findThreadsToRemind(Instant sentBefore, Pageable page);

    /**
     * Claims the reminder for an unread stretch. The conditional update lets exactly one sweep win, on one node or
     * several; it finds nothing when the recipient has read the messages meanwhile.
     */
    @Modifying
    @Query("update ChatMessage m set m.notifiedAt = ?2 where m.id = ?1 and m.notifiedAt is null and m.readAt is null")
    int claimReminder(Long oldestUnreadId, Instant now);
}

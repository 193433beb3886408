package org.mentorflow.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mails written straight into the outbox, waiting and due: what a burst of steps leaves for the senders. */
final class PendingMails {

    private PendingMails() {
    }

    /** @return their ids, in order; keys and addresses start with {@code prefix} */
    static List<Long> insert(JdbcTemplate jdbc, String prefix, int count, Instant due) {
        OffsetDateTime at = due.atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate("""
                insert into outbox_mail (mail_key, template, recipient_address, language, subject, html_body, text_body,
                                         status, attempts, next_attempt_at, created_at, message_id)
                values (?, 'test', ?, 'en', ?, ?, ?, 'PENDING', 0, ?, ?, ?)""",
                IntStream.rangeClosed(1, count).mapToObj(i -> new Object[] {prefix + "/" + i, prefix + i + "@mail.example",
                        "Pending mail " + i, "<p>Pending mail " + i + "</p>", "Pending mail " + i, at, at,
                        "<" + prefix + "." + i + "@test.example>"}).toList());
        return jdbc.queryForList("select id from outbox_mail where mail_key like ? order by id", Long.class, prefix + "/%");
    }

    static void delete(JdbcTemplate jdbc, String prefix) {
        jdbc.update("delete from outbox_mail where mail_key like ?", prefix + "/%");
    }
}

package org.mentorflow.notifications;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox rows' claims, so that each mail is sent by one sender only, on one node or several. A claim is a
 * conditional update (PENDING to SENDING) that names its claimant; the claimant then reads back which rows it
 * got, which is correct on every database. On PostgreSQL the candidates are also locked with SKIP LOCKED, so
 * concurrent senders take different rows instead of queueing for the same ones. Runs in the caller's transaction.
 */
@Component
class MailClaims {

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean skipLocked;

    MailClaims(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.skipLocked = isPostgreSql(dataSource);
    }

    /** Claims up to {@code limit} due mails, the longest waiting first; returns the ids this claim got. */
    List<Long> claimDue(String claim, Instant now, Instant leaseEnd, int limit) {
        List<Long> candidates = jdbc.queryForList("""
                select id from outbox_mail where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id limit :limit""" + (skipLocked ? " for update skip locked" : ""),
                new MapSqlParameterSource("now", at(now)).addValue("limit", limit), Long.class);
        return claim(candidates, claim, leaseEnd);
    }

    /** Claims these mails, those of them still waiting; returns the ids this claim got. */
    List<Long> claim(Collection<Long> ids, String claim, Instant leaseEnd) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids).addValue("claim", claim)
                .addValue("leaseEnd", at(leaseEnd));
        jdbc.update("""
                update outbox_mail set status = 'SENDING', claimed_by = :claim, next_attempt_at = :leaseEnd
                where id in (:ids) and status = 'PENDING'""", params);
        return jdbc.queryForList("select id from outbox_mail where id in (:ids) and claimed_by = :claim order by id",
                params, Long.class);
    }

    /** Extends the lease of claims whose senders are still at work. */
    int renew(Collection<String> claims, Instant leaseEnd) {
        if (claims.isEmpty()) {
            return 0;
        }
        return jdbc.update("update outbox_mail set next_attempt_at = :leaseEnd where status = 'SENDING' and claimed_by in (:claims)",
                new MapSqlParameterSource("claims", claims).addValue("leaseEnd", at(leaseEnd)));
    }

    /** Rows whose lease ran out (their sender died or hung) go back to the queue. */
    int releaseExpired(Instant now) {
        return jdbc.update("""
                update outbox_mail set status = 'PENDING', claimed_by = null
                where status = 'SENDING' and next_attempt_at <= :now""", new MapSqlParameterSource("now", at(now)));
    }

    /** Records the delivery of these mails; one statement for the batch. */
    int markSent(Collection<Long> ids, Instant sentAt) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.update("""
                update outbox_mail set status = 'SENT', attempts = attempts + 1, sent_at = :sentAt, last_error = null,
                claimed_by = null
                where id in (:ids) and status in ('SENDING', 'PENDING')""",
                new MapSqlParameterSource("ids", ids).addValue("sentAt", at(sentAt)));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database's product", e);
        }
    }
}

package org.mentorflow.directory;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.people.AccountReactivated;
import org.mentorflow.people.AccountStatus;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the search lists, kept in the table mentor_listing (one row per listed mentor, with the free places), so a
 * search reads the listed mentors instead of working the rule out from every profile and mentorship again.
 * {@link ListingFollowsChanges} recomputes a mentor's row in every transaction that changes the mentor or one of
 * their mentorships, just before it commits; the whole table is recomputed at start (whatever changed past the
 * application) and when the continuous programme's rules change.
 */
@Service
class MentorListing {

    // A profile a mentee can choose by (Person.hasListableMentorProfile): a language, and a field or a background.
    static final String LISTABLE_PROFILE = """
              and exists (select 1 from person_language l where l.person_id = p.id)
              and (exists (select 1 from person_field_of_study f where f.person_id = p.id)
                   or coalesce(trim(p.professional_background), '') <> '')
            """;

    // Mentors who take requests now: verified, available and not deactivated, a listable profile, a free place, fewer
    // open requests than allowed. Only the continuous programme's mentorships count (:programme): a mentor full in a
    // cohort may still have room here.
    static final String RULE = """
            from person p
            where p.is_mentor and p.mentor_verified and p.available and p.account_status in (:visibleAccounts)
            """ + LISTABLE_PROFILE + """
              and p.capacity > (select count(*) from mentorship m
                                where m.mentor_id = p.id and m.programme_id = :programme and m.state in (:occupying))
              and (select count(*) from mentorship m
                   where m.mentor_id = p.id and m.programme_id = :programme and m.state = :requested) < :maxOpenRequests
            """;

    // The same rule in one pass for many mentors: their mentorships counted by a grouping each, not per mentor,
    // so rebuilding 100,000 rows stays one scan of each table however the planner estimates a young database.
    // %1$s narrows the mentors (and their mentorships) to some, or is empty.
    private static final String FILL = """
            insert into mentor_listing (person_id, created_at, free_places, location, background)
            select p.id, p.created_at, p.capacity - coalesce(o.occupied, 0), lower(p.location), lower(p.professional_background)
            from person p
            left join (select mentor_id, count(*) as occupied from mentorship
                       where programme_id = :programme and state in (:occupying) %1$s group by mentor_id) o on o.mentor_id = p.id
            left join (select mentor_id, count(*) as requested from mentorship
                       where programme_id = :programme and state = :requested %1$s group by mentor_id) r on r.mentor_id = p.id
            where p.is_mentor and p.mentor_verified and p.available and p.account_status in (:visibleAccounts)
            """ + LISTABLE_PROFILE + """
              and p.capacity > coalesce(o.occupied, 0) and coalesce(r.requested, 0) < :maxOpenRequests %2$s
            """;

    private static final String CONTINUOUS_RULES = """
            select id, max_open_requests_per_mentor from programme where slug = :slug or kind = 'CONTINUOUS'
            order by case when slug = :slug then 0 else 1 end, id
            """;

    /** Mentors recomputed per statement: "in (...)" lists stay short. */
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    MentorListing(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes every row, in one transaction: a search meanwhile sees the old listing. */
    @Transactional
    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        rebuild(jdbc);
    }

    static void rebuild(NamedParameterJdbcTemplate connection) {
        connection.update("delete from mentor_listing", new MapSqlParameterSource());
        connection.update(FILL.formatted("", ""), rules(connection));
    }

    /** Recomputes these mentors' rows (people who are no mentors are just not listed), in the caller's transaction. */
    @Transactional
    public void refresh(Collection<String> personIds) {
        refresh(jdbc, personIds);
    }

    /**
     * The same on this connection. The mentors' person rows are locked first, so two transactions recomputing the
     * same mentor take turns instead of both inserting their row.
     */
    static void refresh(NamedParameterJdbcTemplate connection, Collection<String> personIds) {
        List<String> sorted = List.copyOf(new TreeSet<>(personIds)); // one lock order on every node
        MapSqlParameterSource rules = rules(connection);
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            MapSqlParameterSource parameters = rules.addValue("ids", sorted.subList(from, Math.min(sorted.size(), from + CHUNK)));
            connection.queryForList("select id from person where id in (:ids) order by id for update", parameters, String.class);
            connection.update("delete from mentor_listing where person_id in (:ids)", parameters);
            connection.update(FILL.formatted("and mentor_id in (:ids)", "and p.id in (:ids)"), parameters);
        }
    }

    @EventListener
    void reactivated(AccountReactivated event) {
        refresh(List.of(event.personId()));
    }

    /**
     * The rule's parameters, read on this connection with plain SQL: it may run while Hibernate completes a
     * transaction, when no repository may be asked ({@link Programmes#continuous()} makes the same choice).
     */
    private static MapSqlParameterSource rules(NamedParameterJdbcTemplate connection) {
        return connection.query(CONTINUOUS_RULES, new MapSqlParameterSource("slug", Programmes.CONTINUOUS_SLUG),
                (rs, i) -> rules(rs.getLong(1), rs.getInt(2))).get(0);
    }

    /** The rule's parameters: the continuous programme's mentorships and its limit of open requests per mentor. */
    static MapSqlParameterSource rules(Programme programme) {
        return rules(programme.getId(), programme.getMaxOpenRequestsPerMentor());
    }

    private static MapSqlParameterSource rules(long programmeId, int maxOpenRequests) {
        return new MapSqlParameterSource()
                .addValue("programme", programmeId)
                .addValue("occupying", MentorshipState.OCCUPYING.stream().map(Enum::name).toList())
                .addValue("requested", MentorshipState.REQUESTED.name())
                .addValue("maxOpenRequests", maxOpenRequests)
                .addValue("visibleAccounts", AccountStatus.VISIBLE.stream().map(Enum::name).toList());
    }
}

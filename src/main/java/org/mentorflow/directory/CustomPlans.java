package org.mentorflow.directory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL plans a prepared statement for any values once it ran five times (a generic plan). For the search
 * that plan is the wrong one: it cannot tell a "contains" of eleven letters from one of two, nor a field of a
 * hundred mentors from a category of ten thousand, and it scans where an index would answer (measured: 160 ms
 * instead of 25 ms for a location). So the search asks for a plan per execution, for its own transaction only;
 * planning costs a fraction of a millisecond. Other databases (the demo's H2) are left alone.
 */
@Component
class CustomPlans {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    CustomPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the search's transaction; "set local" ends with it. */
    void forThisTransaction() {
        if (isPostgres()) {
            // no parallel workers either: starting them cost the suggestions' walks of the listing 5-8 ms each, for
            // queries that read a few thousand index entries
            jdbc.execute("set local plan_cache_mode = force_custom_plan; set local max_parallel_workers_per_gather = 0");
        }
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }
}

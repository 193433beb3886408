package org.mentorflow.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.mentorflow.system.RecentAnswer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's key figures, from one SQL statement every few seconds at most: jobs due now that no job executor holds
 * (the backlog: it grows when the executors cannot keep up or none runs) and open incidents. Plain SQL, since the
 * job query has no lock filter, and it needs no authorizations either way.
 */
@Component
class EngineFigures implements MeterBinder {

    record Counts(long dueJobs, long incidents) {
    }

    /** What the job executor's own acquisition looks for: retries left, due, unlocked (or lock expired), active. */
    private static final String COUNTS = """
            select (select count(*) from %1$sACT_RU_JOB where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= ?)
                      and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ < ?) and SUSPENSION_STATE_ = 1),
                   (select count(*) from %1$sACT_RU_INCIDENT)""";

    private final RecentAnswer<Counts> counts;

    EngineFigures(JdbcTemplate jdbc, ProcessEngine engine, Clock clock,
            @Value("${mentorflow.operations.figures-fresh-for:PT5S}") Duration freshFor) {
        String prefix = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseTablePrefix();
        String sql = COUNTS.formatted(prefix == null ? "" : prefix);
        this.counts = new RecentAnswer<>(() -> {
            Timestamp now = Timestamp.from(clock.instant());
            return jdbc.queryForObject(sql, (row, n) -> new Counts(row.getLong(1), row.getLong(2)), now, now);
        }, freshFor, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("mentorflow.jobs.due", this, figures -> figures.counts.get().dueJobs())
                .description("Jobs due now with retries left that no job executor has acquired")
                .register(registry);
        Gauge.builder("mentorflow.incidents.open", this, figures -> figures.counts.get().incidents())
                .description("Open incidents (failed jobs with no retries left, and the like), as Cockpit lists them")
                .register(registry);
    }
}

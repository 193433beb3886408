package org.mentorflow.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A query's answer, asked again only when it is older than {@code freshFor}: a metrics scrape reads several gauges
 * of one query, and probes may come often, so each figure costs one query every few seconds at most. The time is the
 * application's clock; should it go back (a test resets the engine clock), the answer counts as old.
 */
public final class RecentAnswer<T> {

    private final Supplier<T> query;
    private final Duration freshFor;
    private final Clock clock;
    private T answer;
    private Instant askedAt;

    public RecentAnswer(Supplier<T> query, Duration freshFor, Clock clock) {
        this.query = Objects.requireNonNull(query, "query");
        this.freshFor = Objects.requireNonNull(freshFor, "freshFor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (askedAt == null || now.isBefore(askedAt) || !now.isBefore(askedAt.plus(freshFor))) {
            answer = query.get();
            askedAt = now;
        }
        return answer;
    }
}

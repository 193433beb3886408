package org.mentorflow;

import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements PgJDBC sends (each Execute or simple query) between {@link #start} and {@link #stop}, from
 * its protocol log at FINEST, counted and never written: no wrapped DataSource, so no configuration of its own. The
 * log costs time while on: count in a run of its own, not in a timed one.
 */
public final class StatementCounter extends Handler {

    private static final Logger PGJDBC = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    private final LongAdder statements = new LongAdder();
    private Level previousLevel;
    private boolean previousUseParent;

    public void start() {
        previousLevel = PGJDBC.getLevel();
        previousUseParent = PGJDBC.getUseParentHandlers();
        setLevel(Level.ALL);
        PGJDBC.addHandler(this);
        PGJDBC.setUseParentHandlers(false); // counted, not written
        PGJDBC.setLevel(Level.FINEST);
    }

    public void stop() {
        PGJDBC.setLevel(previousLevel);
        PGJDBC.setUseParentHandlers(previousUseParent);
        PGJDBC.removeHandler(this);
    }

    public long count() {
        return statements.sum();
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message != null && (message.startsWith(" FE=> Execute(") || message.startsWith(" FE=> SimpleQuery("))) {
            statements.increment();
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}

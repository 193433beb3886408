package org.mentorflow.nodes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of its own in the test's PostgreSQL for nodes in JVMs of their own ({@link NodeJvm}), so that neither
 * they nor the shared test context touch the other's jobs, mails or people. The nodes make its tables (Flyway, the
 * engine) as a fresh installation would; a test drives it with an engine of its own, without a job executor.
 */
public final class NodesDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final JdbcTemplate admin;
    private final String name;
    private final JdbcTemplate jdbc;
    private ProcessEngine driver;

    /** Makes database {@code name}, dropping what a test that was stopped midway left of it. */
    public NodesDatabase(EmbeddedPostgres postgres, JdbcTemplate admin, String name) {
        this.postgres = postgres;
        this.admin = admin;
        this.name = name;
        admin.execute("drop database if exists " + name + " with (force)");
        admin.execute("create database " + name);
        this.jdbc = new JdbcTemplate(dataSource());
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", name);
    }

    public DataSource dataSource() {
        return postgres.getDatabase("postgres", name);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** An engine on this database with no job executor, once a node made the tables: the test's hands. */
    public ProcessEngine driver() {
        if (driver == null) {
            driver = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                    .setProcessEngineName(name + "-driver").setDataSource(dataSource())
                    .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                    .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
                    .buildProcessEngine();
        }
        return driver;
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.close();
        }
        admin.execute("drop database if exists " + name + " with (force)");
    }
}

package org.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V10 gives the people who exist already a public id, on both databases MentorFlow runs on: PostgreSQL (tests,
 * production) and H2 (the demo run's file database). Each run migrates a fresh schema up to V9, adds people the
 * old way, then applies V10.
 */
class PublicIdMigrationTest extends IntegrationTest {

    @Test
    void backfillsRandomUniquePublicIdsOnPostgres() {
        String schema = "v10_" + UUID.randomUUID().toString().substring(0, 8);
        backfillsRandomUniquePublicIds(POSTGRES.getPostgresDatabase(), schema);
    }

    @Test
    void backfillsRandomUniquePublicIdsOnH2() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:v10_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        backfillsRandomUniquePublicIds(h2, "PUBLIC");
    }

    private static void backfillsRandomUniquePublicIds(DataSource dataSource, String schema) {
        migrate(dataSource, schema, lastVersionBefore10(dataSource, schema));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String person = schema + ".person";
        for (int i = 0; i < 200; i++) {
            jdbc.update("insert into " + person + " (id, first_name, last_name, email, language, created_at)"
                    + " values (?, 'Old', 'Timer', ?, 'en', current_timestamp)", "old" + i, "old" + i + "@test.example");
        }

        migrate(dataSource, schema, "10");

        List<String> ids = jdbc.queryForList("select public_id from " + person, String.class);
        assertThat(ids).hasSize(200).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[" + PublicIds.ALPHABET + "]{" + PublicIds.LENGTH + "}"), "16 characters of the alphabet");
        assertThat(ids).noneMatch(id -> id.startsWith("old"));
        assertThatThrownBy(() -> jdbc.update("insert into " + person + " (id, first_name, last_name, email, language, created_at)"
                + " values ('new', 'New', 'Comer', 'new@test.example', 'en', current_timestamp)"))
                .as("the column is not null").isNotNull();
        assertThatThrownBy(() -> jdbc.update("update " + person + " set public_id = ? where public_id <> ?", ids.get(0), ids.get(0)))
                .as("the column is unique").isNotNull();
    }

    private static void migrate(DataSource dataSource, String schema, String target) {
        flyway(dataSource, schema).target(target).load().migrate();
    }

    /** The newest migration before V10, whichever other features have added by now. */
    private static String lastVersionBefore10(DataSource dataSource, String schema) {
        return Arrays.stream(flyway(dataSource, schema).load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.isNewerThan("0") && !version.isAtLeast("10"))
                .max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    private static FluentConfiguration flyway(DataSource dataSource, String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .table("mentorflow_schema_history").locations("classpath:db/migration");
    }
}

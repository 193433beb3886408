package org.mentorflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every pooled PostgreSQL connection runs without the JIT: on a young, never-analysed database it compiled the
 * mentorship's many-table lookup on every call (about 600 ms instead of 0.5 ms).
 */
class DatabaseSessionSettingsTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJitIsOffOnEveryConnection() {
        for (int connection = 0; connection < 3; connection++) {
            assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
        }
    }
}

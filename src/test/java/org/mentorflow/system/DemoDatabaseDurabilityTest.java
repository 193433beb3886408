package org.mentorflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The default run's H2 database keeps what it acknowledged: a process killed hard (kill -9) right after its commits
 * loses none of them. H2 otherwise writes commits to disk up to a second later; the configured URL must say
 * WRITE_DELAY=0. The URL is application.yaml's own, pointed at a temporary folder.
 */
class DemoDatabaseDurabilityTest {

    private static final int ROWS = 20;

    @Test
    void aHardKillRightAfterTheCommitsLosesNoneOfThem(@TempDir Path folder) throws Exception {
        String configured = configuredUrl();
        assertThat(configured).startsWith("jdbc:h2:file:./data/mentorflow");
        String url = configured.replace("./data/mentorflow", folder.resolve("mentorflow").toString());

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitsThenWaitsToBeKilled.class.getName(), url,
                String.valueOf(ROWS)).redirectErrorStream(true).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = said.readLine()) != null && !line.equals("committed " + ROWS)) {
                // the writer acknowledges row by row; the last one is the signal
            }
            assertThat(line).as("the writer acknowledged every row").isEqualTo("committed " + ROWS);
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
            writer.waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(Files.list(folder)).isNotEmpty();
        try (Connection reopened = DriverManager.getConnection(url, "sa", "");
                ResultSet count = reopened.createStatement().executeQuery("select count(*) from acknowledged")) {
            count.next();
            assertThat(count.getInt(1)).as("acknowledged rows after the kill").isEqualTo(ROWS);
        }
    }

    private static String configuredUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        // the default run's document, not a profile's (postgres)
        yaml.setDocumentMatchers(properties -> properties.containsKey("spring.config.activate.on-profile")
                ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
        return yaml.getObject().getProperty("spring.datasource.url");
    }
}

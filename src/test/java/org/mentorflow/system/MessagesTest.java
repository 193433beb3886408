package org.mentorflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text exists in English and German: a key missing in one shows its raw name on a page or in a mail. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = load("/messages.properties");
        Properties german = load("/messages_de.properties");

        assertThat(german.stringPropertyNames()).as("German keys")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(german.getProperty(key)).as("German " + key).isNotBlank();
        });
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

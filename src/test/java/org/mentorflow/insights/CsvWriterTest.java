package org.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesCommasQuotesAndLineBreaksAndKeepsUmlauts() {
        List<String> header = List.of("Frage", "Antwort");
        List<List<String>> rows = List.of(List.of("Was gut lief", "Gut, \"sehr\" gut\nÜberall schön"),
                List.of("plain", ""), List.of(" padded ", "a\r\nb"));

        byte[] csv = CsvWriter.write(header, rows);

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFFrage,Antwort\r\n")
                .contains("\"Gut, \"\"sehr\"\" gut\nÜberall schön\"\r\n").contains("plain,\r\n");
        assertThat(CsvParser.parse(text)).containsExactly(header, rows.get(0), rows.get(1), rows.get(2));
    }
}

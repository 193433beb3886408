package org.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A merge left half-done ships broken pages silently (a browser skips what it cannot parse): none may remain. */
class SourceHygieneTest {

    private static final Pattern CONFLICT_MARKER = Pattern.compile("(?m)^(<{7} |={7}$|>{7} )");

    @Test
    void noMergeConflictMarkersInSourcesModelsOrForms() throws IOException {
        List<Path> marked;
        try (Stream<Path> files = Stream.of("src", "processes", "forms", "tools")
                .map(Path::of).filter(Files::isDirectory).flatMap(SourceHygieneTest::walk)) {
            marked = files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().matches(".*\\.(png|jpg|pdf|ttf|ico)$"))
                    .filter(file -> CONFLICT_MARKER.matcher(read(file)).find())
                    .toList();
        }
        assertThat(marked).as("files with merge conflict markers").isEmpty();
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

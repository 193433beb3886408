package org.mentorflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Tasklist form exists in every language, and a translation changes words only: the same components with the
 * same keys, types, values, validation and conditions, showing the same variables. Tasklist submits what the
 * reader's copy asks for, so a copy that drifted would make the process behave by language.
 */
class FormTranslationsTest {

    /** What a reader reads: the only properties a translation may change. */
    private static final Set<String> WORDS = Set.of("text", "label", "description", "dateLabel", "timeLabel");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The English forms: the ids the models name. */
    static Stream<String> forms() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".form"))
                    .map(name -> name.substring(0, name.length() - ".form".length()))
                    .filter(id -> TaskLanguage.LANGUAGES.stream().skip(1).noneMatch(language -> id.endsWith("-" + language.getLanguage())))
                    .sorted().toList().stream();
        }
    }

    static Stream<Object[]> translations() throws IOException {
        return forms().flatMap(form -> TaskLanguage.LANGUAGES.stream().skip(1).map(language -> new Object[] {form, language}));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void theTranslationChangesWordsOnly(String form, Locale language) throws IOException {
        JsonNode english = read(form);
        String id = TasklistForms.id(form, language);
        assertThat(Path.of("forms", id + ".form")).as(form + " in " + language).exists();
        JsonNode translated = read(id);

        assertThat(translated.path("id").asText()).isEqualTo(id);
        assertThat(withoutWords(translated)).as(id + " beside " + form + ", words left out").isEqualTo(withoutWords(english));
        assertThat(variables(translated)).as("variables " + id + " shows").isEqualTo(variables(english));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("translations")
    void everyTextIsTranslated(String form, Locale language) throws IOException {
        List<String> english = words(read(form));
        List<String> translated = words(read(TasklistForms.id(form, language)));
        List<String> untranslated = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            // a text that is only a variable or a name ("Mentee:") may read the same
            if (english.get(i).equals(translated.get(i)) && english.get(i).replaceAll(VARIABLE.pattern(), "").matches(".*[a-z]{4,}.*")) {
                untranslated.add(english.get(i));
            }
        }
        assertThat(untranslated).as(form + " in " + language + ": texts left in English").isEmpty();
    }

    private static JsonNode read(String id) throws IOException {
        return JSON.readTree(Path.of("forms", id + ".form").toFile());
    }

    private static JsonNode withoutWords(JsonNode form) {
        ObjectNode copy = form.deepCopy();
        copy.remove("id");
        copy.path("components").forEach(component -> {
            ((ObjectNode) component).remove(WORDS);
            component.path("values").forEach(value -> ((ObjectNode) value).remove("label"));
        });
        return copy;
    }

    /** Every text and label in order of the components. */
    private static List<String> words(JsonNode form) {
        List<String> words = new ArrayList<>();
        form.path("components").forEach(component -> {
            WORDS.stream().sorted().filter(component::has).forEach(word -> words.add(component.get(word).asText()));
            component.path("values").forEach(value -> words.add(value.path("label").asText()));
        });
        return words;
    }

    private static Set<String> variables(JsonNode form) {
        Set<String> variables = new TreeSet<>();
        for (String text : words(form)) {
            Matcher matcher = VARIABLE.matcher(text);
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
        }
        return variables;
    }
}

package org.mentorflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the mentor search is with 100,000 mentor profiles on PostgreSQL, in the JVM (the directory service)
 * and through HTTP (GET /mentors as a visitor, and a logged-in mentee's first page with suggestions). Prints
 * median and p95 of every search beside a primary-key lookup measured in the same run, and writes them to
 * target/benchmark/search.json; asserts no timing (machines differ). Not part of the default build (the tag is
 * excluded there): {@code ./mvnw -B verify -Pbenchmark -Dtest=MentorSearchBenchmarkTest}. {@code
 * -Dbenchmark.runs=N} sets the measured runs per figure. Its rows carry the id prefix "bench" and are removed
 * afterwards.
 */
@Tag("benchmark")
class MentorSearchBenchmarkTest extends IntegrationTest {

    static final int MENTORS = 100_000;
    static final int RUNS = Integer.getInteger("benchmark.runs", 40);
    static final int WARM_UPS = Math.max(3, RUNS / 5);

    @Autowired
    MentorDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MentorSuggestions suggestions;

    @Autowired
    MentorListing listing;

    long categoryId;
    long fieldId;

    @BeforeEach
    void seed() {
        long start = System.nanoTime();
        // generated inside PostgreSQL: 100,000 profiles in a few seconds, no rows through JDBC
        jdbc.update("""
                insert into field_of_study (name, category_id)
                select 'Bench category ' || c, null from generate_series(1, 10) c""");
        jdbc.update("""
                insert into field_of_study (name, category_id)
                select 'Bench field ' || c || '.' || f, (select id from field_of_study where name = 'Bench category ' || c)
                from generate_series(1, 10) c, generate_series(1, 10) f""");
        // a tenth unavailable, a twentieth unverified, every 50th deactivated, every 40th without a language
        jdbc.update("""
                insert into person (id, public_id, first_name, last_name, email, language, is_mentor, location, professional_background,
                                    capacity, available, mentor_verified, account_status, created_at)
                select 'bench' || i, substr(md5('public' || i), 1, 16), (array['Anna','David','Sofia','Jonas','Mira','Paul','Eva','Luca'])[1 + i % 8],
                       'Benchmark' || i, 'bench' || i || '@bench.example', (array['en','de'])[1 + i % 2], true,
                       (array['Vienna','Graz','Linz','Salzburg','Innsbruck','Krems','Munich','Berlin','Milan','Zurich'])[1 + i % 10]
                           || ' ' || (i % 97),
                       (array['Product manager','Engineer','Physician','Teacher','Export manager','Data scientist','Lawyer'])[1 + i % 7]
                           || ' for ' || (i % 30) || ' years in ' ||
                           (array['software','hospitals','food industry','banking','logistics','energy','public service'])[1 + i % 11 % 7]
                           || '; ' || md5(i::text),
                       1 + i % 2, i % 10 <> 0, i % 20 <> 0, case when i % 50 = 7 then 'DEACTIVATED' else 'ACTIVE' end,
                       now() - i * interval '1 minute'
                from generate_series(1, ?) i""", MENTORS);
        jdbc.update("insert into person_language (person_id, language) select 'bench' || i, 'en' from generate_series(1, ?) i where i % 40 <> 3",
                MENTORS);
        jdbc.update("""
                insert into person_language (person_id, language)
                select 'bench' || i, (array['de','it','fr','es','hr'])[1 + i % 5] from generate_series(1, ?) i where i % 40 <> 3""", MENTORS);
        jdbc.update("""
                insert into person_mentoring_level (person_id, level)
                select 'bench' || i, 'MASTERS' from generate_series(1, ?) i
                union all select 'bench' || i, 'DOCTORAL' from generate_series(1, ?) i where i % 4 = 0""", MENTORS, MENTORS);
        jdbc.update("""
                insert into person_field_of_study (person_id, field_id)
                select 'bench' || i, f.id from generate_series(1, ?) i
                join field_of_study f on f.name = 'Bench field ' || (1 + i % 10) || '.' || (1 + i / 10 % 10)""", MENTORS);
        // a mentorship for every fifth mentor (open requests, accepted and active ones fill places), a second one for
        // every 15th: some mentors are full, some have two open requests
        jdbc.update("""
                insert into mentorship (mentee_id, mentor_id, state, requested_at, programme_id)
                select 'bench' || (1 + (i + 1) % ?), 'bench' || i, (array['REQUESTED','ACCEPTED','ACTIVE','COMPLETED'])[1 + i / 5 % 4], now(),
                       (select id from programme where kind = 'CONTINUOUS')
                from generate_series(5, ?, 5) i
                union all
                select 'bench' || (1 + (i + 2) % ?), 'bench' || i, (array['REQUESTED','ACCEPTED'])[1 + i / 15 % 2], now(),
                       (select id from programme where kind = 'CONTINUOUS')
                from generate_series(15, ?, 15) i""", MENTORS, MENTORS, MENTORS, MENTORS);
        jdbc.execute("analyze field_of_study, person, person_language, person_mentoring_level, person_field_of_study, mentorship");
        long rebuild = System.nanoTime();
        listing.rebuild(); // the seed went past the application, as an import would
        System.out.printf("%nRebuilt the listing of %,d mentors in %.1f s%n", MENTORS, (System.nanoTime() - rebuild) / 1e9);
        jdbc.execute("analyze mentor_listing");
        categoryId = jdbc.queryForObject("select id from field_of_study where name = 'Bench category 3'", Long.class);
        fieldId = jdbc.queryForObject("select id from field_of_study where name = 'Bench field 3.5'", Long.class);
        System.out.printf("%nSeeded %,d mentor profiles in %.1f s%n", MENTORS, (System.nanoTime() - start) / 1e9);
    }

    @AfterEach
    void removeSeed() {
        jdbc.update("delete from mentorship where mentor_id like 'bench%'");
        jdbc.update("delete from person_field_of_study where person_id like 'bench%'");
        jdbc.update("delete from person where id like 'bench%'"); // languages, levels and listing rows go with it
        jdbc.update("delete from field_of_study where name like 'Bench field %'");
        jdbc.update("delete from field_of_study where name like 'Bench category %'");
    }

    @Test
    void searchWith100000Mentors() throws IOException {
        Map<String, Search> searches = new LinkedHashMap<>();
        searches.put("no filter", new Search(MentorQuery.ANY, 0, ""));
        searches.put("field", new Search(new MentorQuery(fieldId, null, null, null, null), 0, "field=" + fieldId));
        searches.put("category", new Search(new MentorQuery(categoryId, null, null, null, null), 0, "field=" + categoryId));
        searches.put("language", new Search(new MentorQuery(null, "fr", null, null, null), 0, "language=fr"));
        searches.put("level", new Search(new MentorQuery(null, null, null, MentoringLevel.DOCTORAL, null), 0, "level=DOCTORAL"));
        searches.put("location", new Search(new MentorQuery(null, null, "innsbruck 4", null, null), 0, "location=innsbruck+4"));
        searches.put("location, wide", new Search(new MentorQuery(null, null, "graz", null, null), 0, "location=graz"));
        searches.put("free text", new Search(new MentorQuery(null, null, null, null, "data scientist for 12 years"), 0,
                "q=" + URLEncoder.encode("data scientist for 12 years", StandardCharsets.UTF_8)));
        searches.put("free text, wide", new Search(new MentorQuery(null, null, null, null, "engineer"), 0, "q=engineer"));
        searches.put("combined", new Search(new MentorQuery(categoryId, "fr", "linz", MentoringLevel.MASTERS, "banking"), 0,
                "field=" + categoryId + "&language=fr&location=linz&level=MASTERS&q=banking"));
        searches.put("category and language", new Search(new MentorQuery(categoryId, "fr", null, null, null), 0,
                "field=" + categoryId + "&language=fr"));
        searches.put("level and free text", new Search(new MentorQuery(null, null, null, MentoringLevel.DOCTORAL, "engineer"), 0,
                "level=DOCTORAL&q=engineer"));
        searches.put("no filter, page 3", new Search(MentorQuery.ANY, 2, "page=2"));
        searches.put("no filter, page 80", new Search(MentorQuery.ANY, 79, "page=79"));
        searches.put("category, page 3", new Search(new MentorQuery(categoryId, null, null, null, null), 2,
                "field=" + categoryId + "&page=2"));

        // the first figures over HTTP would otherwise carry the JIT's warm-up of the web path (filters, Thymeleaf)
        time(RUNS * 5, () -> assertOk(get("/mentors?page=1").statusCode()));
        List<Figure> figures = new ArrayList<>();
        Figure lookup = figure("primary-key lookup", "jvm", -1,
                time(RUNS * 5, () -> jdbc.queryForMap("select * from person where id = ?", "bench4711")));
        figures.add(lookup);
        figures.add(figure("GET /css/mentorflow.css", "http", -1, time(RUNS, () -> assertOk(get("/css/mentorflow.css").statusCode()))));
        for (Map.Entry<String, Search> search : searches.entrySet()) {
            Search s = search.getValue();
            long found = directory.search(s.query(), PageRequest.of(s.page(), MentorSearchController.PAGE_SIZE)).getTotalElements();
            assertThat(found).as(search.getKey()).isPositive();
            figures.add(figure(search.getKey(), "jvm", found,
                    time(RUNS, () -> directory.search(s.query(), PageRequest.of(s.page(), MentorSearchController.PAGE_SIZE)))));
            figures.add(figure(search.getKey(), "http", found,
                    time(RUNS, () -> assertOk(get("/mentors?" + s.parameters()).statusCode()))));
        }
        figures.add(figure("form's language list", "jvm", directory.languages().size(), time(RUNS, directory::languages)));

        // a mentee sharing a category with a tenth of the mentors and a language with all of them: the widest pool
        Person mentee = people.mentee();
        String candidatesPlan;
        mentee.getFieldsOfStudy().clear();
        mentee.getFieldsOfStudy().add(peopleService.fieldOfStudy("Bench field 3.5", "Bench category 3"));
        mentee.setLocation("Krems 7");
        people.save(mentee);
        try {
            assertThat(suggestions.forMentee(mentee.getId())).hasSize(MentorSuggestions.SHOWN);
            figures.add(figure("suggestions", "jvm", MentorSuggestions.SHOWN, time(RUNS, () -> suggestions.forMentee(mentee.getId()))));
            java.util.Set<String> languages = new java.util.LinkedHashSet<>(mentee.getSpokenLanguages());
            languages.add(mentee.getLanguage());
            candidatesPlan = directory.explainCandidates(mentee.getId(), List.of("Bench field 3.5"), List.of("Bench category 3"),
                    languages, mentee.getLocation(), MentorSuggestions.EACH);
            BrowserSession browser = BrowserSession.loggedIn(port, mentee.getId(), "secret");
            assertThat(browser.get("/mentors").body()).contains("Suggested for you");
            figures.add(figure("mentee's first page with suggestions", "http", MentorSuggestions.SHOWN,
                    time(RUNS, () -> assertOk(browser.get("/mentors").statusCode()))));
        } finally {
            mentee.getFieldsOfStudy().clear(); // the seed's fields go afterwards
            people.save(mentee);
        }

        System.out.printf("%n%-38s %-5s %9s %10s %10s %12s %8s %5s%n", "search (page and count)", "via", "found", "median ms",
                "p95 ms", "p95 x pk", "goal ms", "met");
        for (Figure figure : figures) {
            System.out.printf("%-38s %-5s %9s %10.2f %10.2f %12.1f %8s %5s%n", figure.name(), figure.via(),
                    figure.found() < 0 ? "" : String.format("%,d", figure.found()), figure.medianMs(), figure.p95Ms(),
                    figure.p95Ms() / lookup.p95Ms(), figure.goalP95Ms() == null ? "" : figure.goalP95Ms(),
                    figure.goalMet() == null ? "" : figure.goalMet() ? "yes" : "NO");
        }
        for (Map.Entry<String, Search> search : searches.entrySet()) {
            System.out.println("\nEXPLAIN ANALYZE of the count and second page, " + search.getKey() + ":\n"
                    + directory.explain(search.getValue().query()));
        }
        System.out.println("\nEXPLAIN ANALYZE of the suggestions' candidates:\n" + candidatesPlan);
        write(figures, lookup);
    }

    private static void write(List<Figure> figures, Figure lookup) throws IOException {
        Path file = Path.of("target", "benchmark", "search.json");
        Files.createDirectories(file.getParent());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mentors", MENTORS);
        result.put("runs", RUNS);
        result.put("pkLookupP95Ms", lookup.p95Ms());
        result.put("goalP95Ms", Map.of("search", 10, "menteeFirstPage", 50));
        result.put("figures", figures);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(file.toFile(), result);
        // other benchmarks write their own parts of the same file
        Path results = file.resolveSibling("results.json");
        ObjectNode all = Files.exists(results) && json.readTree(results.toFile()) instanceof ObjectNode existing
                ? existing : json.createObjectNode();
        all.set("search", json.valueToTree(result));
        json.writeValue(results.toFile(), all);
        System.out.println("Written to " + file.toAbsolutePath() + " and, under \"search\", " + results.toAbsolutePath());
    }

    private static void assertOk(int status) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
        }
    }

    private record Search(MentorQuery query, int page, String parameters) {
    }

    record Figure(String name, String via, long found, double medianMs, double p95Ms) {

        /** Issue 12's goal for this figure: 10 ms for a search, 50 ms for the mentee's first page; none for baselines. */
        @JsonProperty // written beside the figures, not only printed
        Integer goalP95Ms() {
            if (found < 0 || name.equals("form's language list")) {
                return null;
            }
            return name.startsWith("mentee's first page") ? 50 : 10;
        }

        @JsonProperty
        Boolean goalMet() {
            return goalP95Ms() == null ? null : p95Ms <= goalP95Ms();
        }
    }

    /** The figure, printed at once: a run that fails half-way still shows what it measured. */
    private static Figure figure(String name, String via, long found, double[] sortedMillis) {
        Figure figure = new Figure(name, via, found, sortedMillis[sortedMillis.length / 2],
                sortedMillis[Math.min(sortedMillis.length - 1, (int) Math.ceil(sortedMillis.length * 0.95) - 1)]);
        System.out.printf("measured %s via %s: median %.2f ms, p95 %.2f ms%n", name, via, figure.medianMs(), figure.p95Ms());
        return figure;
    }

    private static double[] time(int runs, Runnable action) {
        for (int i = 0; i < WARM_UPS; i++) {
            action.run(); // warm up caches and the JIT
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }
}

package org.mentorflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the mentor search is with 100,000 mentor profiles on PostgreSQL. Prints figures, asserts no
 * timing (machines differ): median and p95 per representative search, each against two baselines measured in
 * the same run, a primary-key lookup and the same search with index scans switched off. Not part of the
 * default build: {@code ./mvnw -B verify -Pbenchmark}. Its rows carry the id prefix "bench" and are removed
 * afterwards.
 */
@Tag("benchmark")
class MentorSearchBenchmarkTest extends IntegrationTest {

    static final int MENTORS = 100_000;
    static final int RUNS = 40;
    static final int RUNS_WITHOUT_INDEXES = 5;

    @Autowired
    MentorDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MentorSuggestions suggestions;

    @Autowired
    PlatformTransactionManager transactions;

    long categoryId;

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
        jdbc.update("""
                insert into person (id, public_id, first_name, last_name, email, language, is_mentor, location, professional_background,
                                    capacity, available, mentor_verified, created_at)
                select 'bench' || i, substr(md5('public' || i), 1, 16), (array['Anna','David','Sofia','Jonas','Mira','Paul','Eva','Luca'])[1 + i % 8],
                       'Benchmark' || i, 'bench' || i || '@bench.example', (array['en','de'])[1 + i % 2], true,
                       (array['Vienna','Graz','Linz','Salzburg','Innsbruck','Krems','Munich','Berlin','Milan','Zurich'])[1 + i % 10]
                           || ' ' || (i % 97),
                       (array['Product manager','Engineer','Physician','Teacher','Export manager','Data scientist','Lawyer'])[1 + i % 7]
                           || ' for ' || (i % 30) || ' years in ' ||
                           (array['software','hospitals','food industry','banking','logistics','energy','public service'])[1 + i % 11 % 7]
                           || '; ' || md5(i::text),
                       1 + i % 2, i % 10 <> 0, i % 20 <> 0, now() - i * interval '1 minute'
                from generate_series(1, ?) i""", MENTORS);
        jdbc.update("insert into person_language (person_id, language) select 'bench' || i, 'en' from generate_series(1, ?) i", MENTORS);
        jdbc.update("""
                insert into person_language (person_id, language)
                select 'bench' || i, (array['de','it','fr','es','hr'])[1 + i % 5] from generate_series(1, ?) i""", MENTORS);
        jdbc.update("""
                insert into person_mentoring_level (person_id, level)
                select 'bench' || i, 'MASTERS' from generate_series(1, ?) i
                union all select 'bench' || i, 'DOCTORAL' from generate_series(1, ?) i where i % 4 = 0""", MENTORS, MENTORS);
        jdbc.update("""
                insert into person_field_of_study (person_id, field_id)
                select 'bench' || i, f.id from generate_series(1, ?) i
                join field_of_study f on f.name = 'Bench field ' || (1 + i % 10) || '.' || (1 + i / 10 % 10)""", MENTORS);
        // a mentorship for every fifth mentor: open requests, accepted and active ones fill places
        jdbc.update("""
                insert into mentorship (mentee_id, mentor_id, state, requested_at)
                select 'bench' || (1 + (i + 1) % ?), 'bench' || i, (array['REQUESTED','ACCEPTED','ACTIVE','COMPLETED'])[1 + i / 5 % 4], now()
                from generate_series(5, ?, 5) i""", MENTORS, MENTORS);
        jdbc.execute("analyze field_of_study, person, person_language, person_mentoring_level, person_field_of_study, mentorship");
        categoryId = jdbc.queryForObject("select id from field_of_study where name = 'Bench category 3'", Long.class);
        System.out.printf("%nSeeded %,d mentor profiles in %.1f s%n", MENTORS, (System.nanoTime() - start) / 1e9);
    }

    @AfterEach
    void removeSeed() {
        jdbc.update("delete from mentorship where mentor_id like 'bench%'");
        jdbc.update("delete from person_field_of_study where person_id like 'bench%'");
        jdbc.update("delete from person where id like 'bench%'"); // languages and levels go with it
        jdbc.update("delete from field_of_study where name like 'Bench field %'");
        jdbc.update("delete from field_of_study where name like 'Bench category %'");
    }

    @Test
    void searchesStayFastWith100000Mentors() {
        Map<String, MentorQuery> searches = new LinkedHashMap<>();
        searches.put("no filter", MentorQuery.ANY);
        searches.put("field category", new MentorQuery(categoryId, null, null, null, null));
        searches.put("language + level", new MentorQuery(null, "fr", null, MentoringLevel.DOCTORAL, null));
        searches.put("location text", new MentorQuery(null, null, "innsbruck 4", null, null));
        searches.put("free text", new MentorQuery(null, null, null, null, "data scientist for 12 years"));

        double[] lookup = time(RUNS * 5, RUNS, () -> jdbc.queryForMap("select * from person where id = 'bench4711'"));
        System.out.printf("%nBaseline primary-key lookup of one person: median %.2f ms, p95 %.2f ms%n",
                median(lookup), p95(lookup));
        System.out.printf("%-18s %9s %12s %12s %14s%n", "search", "found", "median ms", "p95 ms", "x pk lookup");
        for (Map.Entry<String, MentorQuery> search : searches.entrySet()) {
            long found = directory.search(search.getValue(), PageRequest.of(0, 12)).getTotalElements();
            assertThat(found).as(search.getKey()).isPositive();
            double[] indexed = time(RUNS, RUNS / 5, () -> directory.search(search.getValue(), PageRequest.of(1, 12)));
            System.out.printf("%-18s %,9d %12.2f %12.2f %14.1f%n", search.getKey(), found, median(indexed), p95(indexed),
                    median(indexed) / median(lookup));
        }
        // Only the location search: without indexes the others count each mentor's mentorships by scanning, 20 s a run.
        MentorQuery location = searches.get("location text");
        double[] indexed = time(RUNS, RUNS / 5, () -> directory.search(location, PageRequest.of(1, 12)));
        double[] withoutIndexes = time(RUNS_WITHOUT_INDEXES, 1, () -> withoutIndexScans(() -> directory.search(location, PageRequest.of(1, 12))));
        System.out.printf("%nLocation search without index scans: median %.2f ms, p95 %.2f ms, %.1f times the indexed median%n",
                median(withoutIndexes), p95(withoutIndexes), median(withoutIndexes) / median(indexed));
        System.out.println("\nEXPLAIN ANALYZE of the search without filter:\n" + directory.explain(MentorQuery.ANY));
        String plan = directory.explain(searches.get("location text"));
        System.out.println("\nEXPLAIN ANALYZE of the location search:\n" + plan + "\n");
        assertThat(plan).contains("person_mentor_location_trgm");
    }

    @Test
    void suggestionsStayFastWith100000Mentors() {
        // a mentee sharing a category with a tenth of the mentors and a language with all of them: the widest pool
        Person mentee = people.mentee();
        mentee.getFieldsOfStudy().clear();
        mentee.getFieldsOfStudy().add(peopleService.fieldOfStudy("Bench field 3.5", "Bench category 3"));
        mentee.setLocation("Krems 7");
        people.save(mentee);

        try {
            assertThat(suggestions.forMentee(mentee.getId())).hasSize(MentorSuggestions.SHOWN);
            double[] timings = time(RUNS, RUNS / 5, () -> suggestions.forMentee(mentee.getId()));
            System.out.printf("%nSuggestions for a mentee (up to 4 x %d candidates ranked in Java): median %.2f ms, p95 %.2f ms%n",
                    MentorSuggestions.EACH, median(timings), p95(timings));
        } finally {
            mentee.getFieldsOfStudy().clear(); // the seed's fields go afterwards
            people.save(mentee);
        }
    }

    /** The same search with PostgreSQL's index and bitmap scans switched off, for this transaction only. */
    private void withoutIndexScans(Supplier<?> search) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("set local enable_indexscan = off");
            jdbc.execute("set local enable_bitmapscan = off");
            jdbc.execute("set local enable_indexonlyscan = off");
            search.get();
        });
    }

    private static double[] time(int runs, int warmUps, Runnable action) {
        for (int i = 0; i < warmUps; i++) {
            action.run(); // warm up caches and the JIT
        }
        ArrayList<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
    }
}

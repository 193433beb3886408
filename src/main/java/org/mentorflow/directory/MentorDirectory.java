package org.mentorflow.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public mentor search. A read model: it queries the listing, person and field tables directly instead of
 * going through PeopleService and JPA, because a search over many thousand profiles must filter, count and page
 * in the database, and loading entities to filter them in Java would not scale. It never writes. Who is listed
 * comes from {@link MentorListing}, kept in step in the transaction of every change, so an answered, expired or
 * withdrawn request puts a mentor back at once; counts stop at {@link #COUNT_LIMIT}.
 */
@Service
public class MentorDirectory {

    /** Longest excerpt of the professional background on a card. */
    static final int EXCERPT_LENGTH = 160;
    /** Enough of the background to cut an excerpt from and to tell whether it was cut. */
    private static final String EXCERPT_SOURCE = "substring(p.professional_background, 1, :excerptSource)";

    /** Counted exactly up to here; beyond, a page says "more than" and a count stays as cheap as a page. */
    static final int COUNT_LIMIT = 1000;

    // The listed mentors (MentorListing keeps the table), newest first through mentor_listing_newest. The filters
    // name the listing only (ml.person_id and its lower-cased location and background), so a count reads the listing
    // alone and the person rows are read for a page's cards.
    private static final String LISTING = """
            from mentor_listing ml
            where 1 = 1
            """;
    private static final String LISTED = """
            from mentor_listing ml join person p on p.id = ml.person_id
            where 1 = 1
            """;

    // A cohort's mentor candidates whom a student may ask now: the same person rules, but the places they offer in
    // the cohort (its sign-up) and the cohort's own mentorships and limit of open requests. Cohorts are small (tens of
    // candidates), so the counts run per candidate.
    private static final String COHORT_CANDIDATE = """
            from person p join programme_candidate c on c.person_id = p.id and c.programme_id = :programme and c.role = 'MENTOR'
            where p.is_mentor
            """;
    private static final String COHORT_LISTED = COHORT_CANDIDATE + """
              and p.mentor_verified and p.available and p.account_status in (:visibleAccounts)
            """ + MentorListing.LISTABLE_PROFILE + """
              and c.capacity > (select count(*) from mentorship m
                                where m.mentor_id = p.id and m.programme_id = :programme and m.state in (:occupying))
              and (select count(*) from mentorship m
                   where m.mentor_id = p.id and m.programme_id = :programme and m.state = :requested) < :maxOpenRequests
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Programmes programmes;
    private final CustomPlans customPlans;

    MentorDirectory(NamedParameterJdbcTemplate jdbc, Programmes programmes, CustomPlans customPlans) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.customPlans = customPlans;
    }

    /**
     * The listed mentors matching the query, newest profiles first; a page past the end gives the last one. The
     * total is exact up to {@link #COUNT_LIMIT}; more are counted as {@code COUNT_LIMIT + 1}, and the pages end
     * there: a visitor narrows the search rather than leafing through a thousand cards.
     */
    @Transactional(readOnly = true)
    public Page<MentorCard> search(MentorQuery query, Pageable page) {
        customPlans.forThisTransaction();
        MapSqlParameterSource parameters = new MapSqlParameterSource("countLimit", COUNT_LIMIT + 1);
        String filters = filters(query, parameters);
        long total = jdbc.queryForObject(countSql(filters), parameters, Long.class);
        if (total == 0) {
            return Page.empty(page);
        }
        int lastPage = (int) ((total - 1) / page.getPageSize());
        Pageable shown = page.getPageNumber() > lastPage ? PageRequest.of(lastPage, page.getPageSize()) : page;
        List<Row> rows = jdbc.query(pageSql(LISTED + filters), pageParameters(parameters, shown), ROW);
        return new PageImpl<>(cards(rows), shown, total);
    }

    /**
     * The card the search shows of this person, built exactly as for the search, whether they are listed right
     * now or not: the profile's "how others see me". Takes the login id: for the person themselves only.
     */
    @Transactional(readOnly = true)
    public Optional<MentorCard> card(String personId) {
        MapSqlParameterSource parameters = listingRules().addValue("id", personId).addValue("excerptSource", EXCERPT_LENGTH + 1);
        List<Row> rows = jdbc.query(columns(EXCERPT_SOURCE, COUNTED_FREE_PLACES) + " from person p where p.id = :id", parameters, ROW);
        return rows.isEmpty() ? Optional.empty() : Optional.of(cards(rows).get(0));
    }

    /**
     * Whether the search lists this mentor right now: the listing's rule worked out for this one person, so it
     * holds in the middle of a transaction too, before the listing follows at commit.
     */
    @Transactional(readOnly = true)
    public boolean isListed(String personId) {
        MapSqlParameterSource parameters = listingRules().addValue("id", personId);
        return jdbc.queryForObject("select count(*) " + MentorListing.RULE + " and p.id = :id", parameters, Long.class) > 0;
    }

    /** How many mentors the search lists, all of them: for the home page's counter. */
    @Transactional(readOnly = true)
    public long listedCount() {
        return jdbc.queryForObject("select count(*) from mentor_listing", Map.of(), Long.class);
    }

    /**
     * The card of the mentor with this public id, listed or not (a full mentor's card still shows who was asked);
     * empty when no mentor has it.
     */
    @Transactional(readOnly = true)
    public Optional<MentorCard> cardByPublicId(String publicId) {
        MapSqlParameterSource parameters = listingRules().addValue("publicId", publicId)
                .addValue("excerptSource", EXCERPT_LENGTH + 1);
        return cards(jdbc.query(columns(EXCERPT_SOURCE, COUNTED_FREE_PLACES) + " from person p where p.is_mentor and p.public_id = :publicId",
                parameters, ROW)).stream().findFirst();
    }

    /**
     * Listed mentors worth ranking for a mentee: the newest {@code each} of those sharing one of the mentee's
     * fields, of those sharing a category, of those in the mentee's location and of those speaking one of the
     * mentee's languages; newest first. Four small index walks instead of one ranking of every listed mentor, so
     * it stays fast with many thousand profiles. Leaves out the mentee and the mentors the mentee has an open
     * request or mentorship with. Ranking them is {@link MentorFit}'s job.
     *
     * @param categories names of the categories of the mentee's fields (a field without one is a category)
     */
    @Transactional(readOnly = true)
    List<MentorFit.Candidate> candidates(String menteeId, Collection<String> fields, Collection<String> categories,
            Collection<String> languages, String location, int each) {
        customPlans.forThisTransaction();
        MapSqlParameterSource parameters = candidateParameters(menteeId, fields, categories, languages, location, each);
        List<Row> rows = jdbc.query(CANDIDATES, parameters, ROW);
        List<MentorCard> cards = cards(rows);
        return IntStream.range(0, rows.size())
                .mapToObj(i -> new MentorFit.Candidate(cards.get(i), rows.get(i).background())).toList();
    }

    /** Newest first, each mentor once: see {@link #candidates}. */
    private static final String CANDIDATES = columns("p.professional_background", "ml.free_places") + " " + LISTED + " and p.id in ("
            + newestEligible("""
                    ml.person_id in (select pf.person_id from person_field_of_study pf join field_of_study f on f.id = pf.field_id
                                     where f.name in (:fields))""")
            + " union " + newestEligible("""
                    ml.person_id in (select pf.person_id from person_field_of_study pf join field_of_study f on f.id = pf.field_id
                                     where f.id in (select id from field_of_study where name in (:categories))
                                        or f.category_id in (select id from field_of_study where name in (:categories)))""")
            + " union " + newestEligible("ml.location = :location") // the listing holds it lower-cased
            + " union " + newestEligible("ml.person_id in (select person_id from person_language where language in (:languages))")
            + ") order by ml.created_at desc, ml.person_id";

    private MapSqlParameterSource candidateParameters(String menteeId, Collection<String> fields, Collection<String> categories,
            Collection<String> languages, String location, int each) {
        return listingRules()
                .addValue("mentee", menteeId)
                .addValue("open", Stream.concat(Stream.of(MentorshipState.REQUESTED), MentorshipState.OCCUPYING.stream())
                        .map(Enum::name).toList())
                // "in ()" is no SQL: a value no row has stands for an empty list
                .addValue("fields", fields.isEmpty() ? List.of("") : fields)
                .addValue("categories", categories.isEmpty() ? List.of("") : categories)
                .addValue("languages", languages.isEmpty() ? List.of("") : languages)
                .addValue("location", location == null ? "" : location.strip().toLowerCase(Locale.ROOT))
                .addValue("each", each);
    }

    /** PostgreSQL's plan of {@link #candidates}, with timings. */
    @Transactional(readOnly = true)
    String explainCandidates(String menteeId, Collection<String> fields, Collection<String> categories,
            Collection<String> languages, String location, int each) {
        customPlans.forThisTransaction();
        return plan(CANDIDATES, candidateParameters(menteeId, fields, categories, languages, location, each));
    }

    /**
     * The ids of the newest {@code :each} listed mentors meeting the condition, the mentee and their mentors left out.
     * On the listing alone (the condition names ml only): joined to person, PostgreSQL read all 100,000 person rows
     * for the mentee's field instead of the field's thousand.
     */
    private static String newestEligible(String condition) {
        return "(select ml.person_id " + LISTING + """
                  and ml.person_id <> :mentee
                  and ml.person_id not in (select mentor_id from mentorship where mentee_id = :mentee and state in (:open))
                  and """ + " " + condition + "\n order by ml.created_at desc, ml.person_id limit :each)";
    }

    /** PostgreSQL's plans of a search's count and of its second page, with timings: whether the indexes serve it. */
    @Transactional(readOnly = true)
    String explain(MentorQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("countLimit", COUNT_LIMIT + 1);
        String filters = filters(query, parameters);
        return plan(countSql(filters), parameters) + "\n-- second page:\n"
                + plan(pageSql(LISTED + filters), pageParameters(parameters, PageRequest.of(1, 12)));
    }

    private String plan(String sql, MapSqlParameterSource parameters) {
        return String.join("\n", jdbc.queryForList("explain (analyze, costs off) " + sql, parameters, String.class));
    }

    /** Counts up to COUNT_LIMIT + 1: as cheap as reading that many index entries, however many match. */
    private static String countSql(String filters) {
        return "select count(*) from (select 1 as found " + LISTING + filters + " limit :countLimit) c";
    }

    private static String pageSql(String where) {
        return columns(EXCERPT_SOURCE, "ml.free_places") + where + " order by ml.created_at desc, ml.person_id limit :limit offset :offset";
    }

    /** The free places of a mentor who may not be listed, from the mentorships. */
    private static final String COUNTED_FREE_PLACES = """
            greatest(0, p.capacity - (select count(*) from mentorship m
                                      where m.mentor_id = p.id and m.programme_id = :programme and m.state in (:occupying)))""";

    /**
     * What a card shows; {@code background} is the part of the professional background the caller needs,
     * {@code freePlaces} the listing's column or {@link #COUNTED_FREE_PLACES}.
     */
    private static String columns(String background, String freePlaces) {
        return """
                select p.id, p.public_id, p.first_name, substring(p.last_name, 1, 1) as initial, p.location,
                       %s as background, %s as free_places
                """.formatted(background, freePlaces);
    }

    private static MapSqlParameterSource pageParameters(MapSqlParameterSource parameters, Pageable page) {
        return parameters.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset())
                .addValue("excerptSource", EXCERPT_LENGTH + 1);
    }

    /**
     * A cohort's mentor candidates a student may ask now (see COHORT_LISTED), in the order they signed up, each card
     * with the places left in the cohort and the levels offered there; only those mentoring {@code level} unless it
     * is null. Computed from the mentorships on every call: a full mentor leaves, a declined, expired or withdrawn
     * request puts them back.
     */
    @Transactional(readOnly = true)
    public List<MentorCard> cohortCandidates(Programme cohort, MentoringLevel level) {
        MapSqlParameterSource parameters = listingRules(cohort).addValue("excerptSource", EXCERPT_LENGTH + 1);
        String where = COHORT_LISTED;
        if (level != null) {
            // levels are stored comma-separated: match a whole item
            where += " and (',' || c.levels || ',') like :level\n";
            parameters.addValue("level", "%," + level.name() + ",%");
        }
        return cohortCards(jdbc.query(cohortColumns() + where + " order by c.signed_up_at, p.id", parameters, COHORT_ROW));
    }

    /** The card of the cohort's mentor candidate with this public id, listed now or not; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<MentorCard> cohortCard(Programme cohort, String publicId) {
        MapSqlParameterSource parameters = listingRules(cohort).addValue("excerptSource", EXCERPT_LENGTH + 1)
                .addValue("publicId", publicId);
        return cohortCards(jdbc.query(cohortColumns() + COHORT_CANDIDATE + " and p.public_id = :publicId", parameters,
                COHORT_ROW)).stream().findFirst();
    }

    private static String cohortColumns() {
        return """
                select p.id, p.public_id, p.first_name, substring(p.last_name, 1, 1) as initial, p.location,
                       %s as background, c.levels as cohort_levels,
                       greatest(0, c.capacity - (select count(*) from mentorship m
                                                 where m.mentor_id = p.id and m.programme_id = :programme
                                                   and m.state in (:occupying))) as free_places
                """.formatted(EXCERPT_SOURCE);
    }

    /** The search's cards, with the levels the candidates offer in the cohort instead of their profile's. */
    private List<MentorCard> cohortCards(List<Map.Entry<Row, String>> rows) {
        List<MentorCard> cards = cards(rows.stream().map(Map.Entry::getKey).toList());
        return IntStream.range(0, cards.size()).mapToObj(i -> {
            MentorCard card = cards.get(i);
            String levels = rows.get(i).getValue();
            List<MentoringLevel> offered = levels == null || levels.isBlank() ? List.of()
                    : Stream.of(levels.split(",")).map(String::trim).map(MentoringLevel::valueOf).sorted().toList();
            return new MentorCard(card.publicId(), card.displayName(), card.fields(), card.languages(), card.location(),
                    offered, card.backgroundExcerpt(), card.freePlaces());
        }).toList();
    }

    private static final RowMapper<Map.Entry<Row, String>> COHORT_ROW = (rs, i) -> Map.entry(MentorDirectory.ROW.mapRow(rs, i),
            rs.getString("cohort_levels") == null ? "" : rs.getString("cohort_levels"));

    /** Every superordinate category with its fields, by name, for the search form. */
    @Transactional(readOnly = true)
    public List<FieldCategory> fieldCategories() {
        Map<Long, List<FieldCategory.Option>> fieldsByCategory = new LinkedHashMap<>();
        Map<Long, String> categories = new LinkedHashMap<>();
        jdbc.query("select id, name, category_id from field_of_study order by name", rs -> {
            long categoryId = rs.getLong("category_id");
            if (rs.wasNull()) {
                categories.put(rs.getLong("id"), rs.getString("name"));
            } else {
                fieldsByCategory.computeIfAbsent(categoryId, id -> new ArrayList<>())
                        .add(new FieldCategory.Option(rs.getLong("id"), rs.getString("name")));
            }
        });
        return categories.entrySet().stream().map(category -> new FieldCategory(category.getKey(), category.getValue(),
                fieldsByCategory.getOrDefault(category.getKey(), List.of()))).toList();
    }

    /**
     * The languages people speak, as ISO 639 codes, for the search form. A loose index scan: one probe of
     * person_language's (language, person_id) index per language instead of reading every row, as "select
     * distinct" would on every search page.
     */
    @Transactional(readOnly = true)
    public List<String> languages() {
        return jdbc.queryForList("""
                with recursive spoken (language) as (
                    select min(language) from person_language
                    union all
                    select (select min(l.language) from person_language l where l.language > spoken.language)
                    from spoken where spoken.language is not null)
                select language from spoken where language is not null order by language""", Map.of(), String.class);
    }

    /** The search's rules: the continuous programme's mentorships and its limit of open requests per mentor. */
    private MapSqlParameterSource listingRules() {
        return listingRules(programmes.continuous());
    }

    private static MapSqlParameterSource listingRules(Programme programme) {
        return MentorListing.rules(programme);
    }

    private String filters(MentorQuery query, MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder();
        if (query.fieldId() != null) {
            parameters.addValue("field", query.fieldId());
            sql.append("""
                     and ml.person_id in (select person_id from person_field_of_study
                                          where field_id in (select id from field_of_study where id = :field or category_id = :field))
                    """);
        }
        if (query.language() != null) {
            parameters.addValue("language", query.language());
            sql.append(" and ml.person_id in (select person_id from person_language where language = :language)\n");
        }
        if (query.level() != null) {
            parameters.addValue("level", query.level().name());
            sql.append(" and ml.person_id in (select person_id from person_mentoring_level where level = :level)\n");
        }
        if (query.location() != null) {
            parameters.addValue("location", contains(query.location()));
            sql.append(" and ml.location like :location escape '\\'\n");
        }
        if (query.text() != null) {
            // on the listing's own columns, so the planner may walk it newest first; the few fields whose name (or
            // category's name) matches are looked up first, and usually there are none
            parameters.addValue("text", contains(query.text()));
            List<Long> fields = jdbc.queryForList("""
                    select f.id from field_of_study f left join field_of_study c on c.id = f.category_id
                    where lower(f.name) like :text escape '\\' or lower(c.name) like :text escape '\\'""", parameters, Long.class);
            sql.append(" and (ml.background like :text escape '\\' or ml.location like :text escape '\\'");
            if (!fields.isEmpty()) {
                parameters.addValue("textFields", fields);
                sql.append(" or ml.person_id in (select person_id from person_field_of_study where field_id in (:textFields))");
            }
            sql.append(")\n");
        }
        return sql.toString();
    }

    /** A LIKE pattern for "contains", the visitor's own % and _ taken literally. */
    private static String contains(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static String excerpt(String background) {
        if (background == null || background.length() <= EXCERPT_LENGTH) {
            return background;
        }
        int cut = background.lastIndexOf(' ', EXCERPT_LENGTH);
        return background.substring(0, cut > 0 ? cut : EXCERPT_LENGTH).strip() + " …";
    }

    private List<MentorCard> cards(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Object> ids = Map.of("ids", rows.stream().map(Row::id).toList());
        Map<String, List<MentorCard.Field>> fields = detail("""
                select pf.person_id, f.name, c.name as category from person_field_of_study pf
                join field_of_study f on f.id = pf.field_id left join field_of_study c on c.id = f.category_id
                where pf.person_id in (:ids) order by c.name, f.name
                """, ids, (name, category) -> new MentorCard.Field(name, category));
        Map<String, List<String>> languages = detail(
                "select person_id, language, null from person_language where person_id in (:ids) order by language",
                ids, (language, unused) -> language);
        Map<String, List<MentoringLevel>> levels = detail(
                "select person_id, level, null from person_mentoring_level where person_id in (:ids)",
                ids, (level, unused) -> MentoringLevel.valueOf(level));
        return rows.stream().map(row -> new MentorCard(row.publicId(), row.displayName(), fields.getOrDefault(row.id(), List.of()),
                languages.getOrDefault(row.id(), List.of()), row.location(),
                levels.getOrDefault(row.id(), List.of()).stream().sorted().toList(), // master's before doctoral, as declared
                excerpt(row.background()), row.freePlaces())).toList();
    }

    /** Rows of (person id, value, second value) grouped by person, for the mentors of one page. */
    private <T> Map<String, List<T>> detail(String sql, Map<String, Object> ids, BiFunction<String, String, T> value) {
        return jdbc.query(sql, ids, (rs, i) -> Map.entry(rs.getString(1), value.apply(rs.getString(2), rs.getString(3))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** A mentor before fields, languages and levels are added; the id stays in here, the card has the public id. */
    private record Row(String id, String publicId, String displayName, String location, String background, int freePlaces) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getString("id"), rs.getString("public_id"),
            Person.displayName(rs.getString("first_name"), rs.getString("initial")), rs.getString("location"),
            rs.getString("background"), rs.getInt("free_places"));
}

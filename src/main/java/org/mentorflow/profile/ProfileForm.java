package org.mentorflow.profile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;

/**
 * The profile form as sent: every value a string, so whatever arrives can be shown again exactly as typed when
 * something is wrong. {@link #read} checks it against the person's roles and says what is wrong, field by field.
 *
 * @param fields ids of fields of study
 * @param language the portal's and the mails' language, "en" or "de"
 * @param notAvailable present (any value) when the mentor ticks "not available now"
 */
public record ProfileForm(String firstName, String lastName, String phone, String location, String dateOfBirth,
        List<String> languages, List<String> fields, String language,
        String myData, String currentSituation, String goals, String helpWished,
        String professionalBackground, String capacity, List<String> levels, String notAvailable) {

    static final int MAX_NAME = 100;
    static final int MAX_PHONE = 50;
    static final int MAX_LOCATION = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_FIELDS = 5;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    public ProfileForm {
        languages = languages == null ? List.of() : languages;
        fields = fields == null ? List.of() : fields;
        levels = levels == null ? List.of() : levels;
    }

    /** The form filled with what the person has now. */
    static ProfileForm of(Person person) {
        return new ProfileForm(person.getFirstName(), person.getLastName(), person.getPhone(), person.getLocation(),
                person.getDateOfBirth() == null ? null : person.getDateOfBirth().toString(),
                List.copyOf(person.getSpokenLanguages()),
                person.getFieldsOfStudy().stream().map(field -> field.getId().toString()).toList(), person.getLanguage(),
                person.getMyData(), person.getCurrentSituation(), person.getGoals(), person.getHelpWished(),
                person.getProfessionalBackground(), Integer.toString(person.getCapacity()),
                person.getMentoringLevels().stream().map(Enum::name).toList(), person.isAvailable() ? null : "on");
    }

    /** A message key and its arguments, for one field. */
    record Problem(String code, Object... args) {
    }

    /** Either problems by field name, or the checked values. */
    record Reading(Map<String, Problem> problems, ProfileUpdate update) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks every field; the sections of a role the person does not have are left out, whatever was sent.
     *
     * @param knownFieldIds the ids of the field_of_study table
     * @param today the date of birth must lie before it
     */
    Reading read(Person person, Set<Long> knownFieldIds, LocalDate today) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        String first = required(firstName, MAX_NAME, "firstName", problems);
        String last = required(lastName, MAX_NAME, "lastName", problems);
        String phoneNumber = optional(phone, MAX_PHONE, "phone", problems);
        if (phoneNumber != null && (!phoneNumber.matches("\\+?[0-9 ()/.-]+") || phoneNumber.replaceAll("\\D", "").length() < 5)) {
            problems.putIfAbsent("phone", new Problem("profile.error.phone"));
        }
        String place = optional(location, MAX_LOCATION, "location", problems);
        LocalDate birth = birth(today, problems);
        Set<String> spoken = spokenLanguages(person.isMentor(), problems);
        Set<Long> fieldIds = fieldIds(knownFieldIds, problems);
        if (!"en".equals(language) && !"de".equals(language)) {
            problems.put("language", new Problem("profile.error.language"));
        }
        ProfileUpdate.Application application = null;
        if (person.isMentee()) {
            application = new ProfileUpdate.Application(optional(myData, MAX_TEXT, "myData", problems),
                    optional(currentSituation, MAX_TEXT, "currentSituation", problems),
                    optional(goals, MAX_TEXT, "goals", problems), optional(helpWished, MAX_TEXT, "helpWished", problems));
        }
        ProfileUpdate.Mentoring mentoring = null;
        if (person.isMentor()) {
            String background = optional(professionalBackground, MAX_TEXT, "professionalBackground", problems);
            if (!"1".equals(capacity) && !"2".equals(capacity)) {
                problems.put("capacity", new Problem("profile.error.capacity"));
            }
            Set<MentoringLevel> mentoringLevels = mentoringLevels(problems);
            mentoring = new ProfileUpdate.Mentoring(background, "2".equals(capacity) ? 2 : 1, mentoringLevels, notAvailable == null);
        }
        ProfileUpdate update = problems.isEmpty() ? new ProfileUpdate(first, last, phoneNumber, place, birth, spoken,
                fieldIds, language, application, mentoring) : null;
        return new Reading(problems, update);
    }

    private LocalDate birth(LocalDate today, Map<String, Problem> problems) {
        if (blank(dateOfBirth)) {
            return null;
        }
        try {
            LocalDate birth = LocalDate.parse(dateOfBirth.strip());
            if (birth.isBefore(EARLIEST_BIRTH) || !birth.isBefore(today)) {
                problems.put("dateOfBirth", new Problem("profile.error.birth.range"));
            }
            return birth;
        } catch (DateTimeParseException e) {
            problems.put("dateOfBirth", new Problem("profile.error.birth.format"));
            return null;
        }
    }

    private Set<String> spokenLanguages(boolean mentor, Map<String, Problem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : languages) {
            String clean = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            if (!ISO_LANGUAGES.contains(clean)) {
                problems.put("languages", new Problem("profile.error.languages.unknown"));
                return codes;
            }
            codes.add(clean);
        }
        if (codes.size() > MAX_LANGUAGES) {
            problems.put("languages", new Problem("profile.error.languages.too-many", MAX_LANGUAGES));
        } else if (mentor && codes.isEmpty()) {
            problems.put("languages", new Problem("profile.error.languages.required"));
        }
        return codes;
    }

    private Set<Long> fieldIds(Set<Long> knownFieldIds, Map<String, Problem> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String field : fields) {
            Long id = field != null && field.strip().matches("\\d{1,18}") ? Long.valueOf(field.strip()) : null;
            if (id == null || !knownFieldIds.contains(id)) {
                problems.put("fields", new Problem("profile.error.fields.unknown"));
                return ids;
            }
            ids.add(id);
        }
        if (ids.size() > MAX_FIELDS) {
            problems.put("fields", new Problem("profile.error.fields.too-many", MAX_FIELDS));
        }
        return ids;
    }

    private Set<MentoringLevel> mentoringLevels(Map<String, Problem> problems) {
        Set<MentoringLevel> chosen = new LinkedHashSet<>();
        for (String level : levels) {
            MentoringLevel known = Arrays.stream(MentoringLevel.values()).filter(value -> value.name().equals(level))
                    .findFirst().orElse(null);
            if (known == null) {
                problems.put("levels", new Problem("profile.error.levels.unknown"));
                return chosen;
            }
            chosen.add(known);
        }
        if (chosen.isEmpty()) {
            problems.put("levels", new Problem("profile.error.levels.required"));
        }
        return chosen;
    }

    private static String required(String value, int max, String field, Map<String, Problem> problems) {
        if (blank(value)) {
            problems.put(field, new Problem("profile.error.required"));
            return null;
        }
        return optional(value, max, field, problems);
    }

    /** Trimmed, null when blank; longer than allowed is a problem (never cut silently). */
    private static String optional(String value, int max, String field, Map<String, Problem> problems) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            // as text: a number argument would be printed with a thousands separator
            problems.put(field, new Problem("profile.error.too-long", String.valueOf(max), String.valueOf(trimmed.length())));
        }
        return trimmed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether this value is among the chosen ones: for checkboxes and options on the page. */
    public boolean has(List<String> chosen, Object value) {
        return chosen.contains(String.valueOf(value));
    }

    /** The chosen codes not offered by default, so a person's rarer language is never lost from the page. */
    List<String> languagesBeyond(List<String> offered) {
        List<String> beyond = new ArrayList<>(languages);
        beyond.removeAll(offered);
        return beyond;
    }
}

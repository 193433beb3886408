package org.mentorflow.programme;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.mentorflow.people.MentoringLevel;

/**
 * The coordinators' programme form as sent: every value a string, so whatever arrives can be shown again exactly as
 * typed when something is wrong. Durations are days here ("3"), ISO-8601 in the programme ("P3D"); the cohort's
 * calendar is days in the programme's time zone: a window "from 7 to 16 January" opens at 00:00 of the 7th and
 * closes at 00:00 of the 17th. {@link #read} says what is wrong, field by field, or gives the checked values.
 */
public class ProgrammeForm {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_.-]+");
    static final int MAX_NAME = 200;
    static final int MAX_SLUG = 80;
    static final int MAX_TEXT = 4000;
    static final int MAX_PLACE = 300;
    static final int MAX_LINK = 500;
    static final int MAX_GROUP = 64;

    private String version;
    private String kind;
    private String name;
    private String slug;
    private String description;
    private String whoMayJoin;
    private String certificateName;
    private String timeZone;
    private List<String> languages = new ArrayList<>();
    private String maxOpenRequestsPerMentee;
    private String maxOpenRequestsPerMentor;
    private List<String> capacityChoices = new ArrayList<>();
    private String requestReminderDays;
    private String requestReminders;
    private String requestExpiryDays;
    private String agreementReminderDays;
    private String agreementReminders;
    private String inactivityDays;
    private String nonAlumniMentorsWelcome;
    private String accessCodeRequired;
    private List<String> mentorLevels = new ArrayList<>();
    private String coordinatorGroup;
    private String mentorInvitation;

    private String signupFrom;
    private String signupTo;
    private String requestsFrom;
    private String requestsTo;
    private String runsFrom;
    private String runsUntil;
    private String halfway;
    private String surveyReminderDays;

    private String studentBriefingTitle;
    private String studentBriefingDate;
    private String studentBriefingStart;
    private String studentBriefingEnd;
    private String studentBriefingPlace;
    private String mentorBriefingTitle;
    private String mentorBriefingDate;
    private String mentorBriefingStart;
    private String mentorBriefingEnd;
    private String mentorBriefingLink;

    /** A new programme of this kind with the continuous programme's rules; its calendar is still empty. */
    static ProgrammeForm newProgramme(ProgrammeKind kind, Programme continuous, String studentBriefingTitle,
            String mentorBriefingTitle) {
        ProgrammeForm form = rulesOf(continuous);
        form.version = null;
        form.kind = kind.name();
        form.name = "";
        form.slug = "";
        form.description = "";
        form.whoMayJoin = "";
        form.certificateName = "";
        form.surveyReminderDays = "7";
        form.studentBriefingTitle = studentBriefingTitle;
        form.mentorBriefingTitle = mentorBriefingTitle;
        form.mentorInvitation = (kind == ProgrammeKind.COHORT ? MentorInvitation.PAST_MENTORS : MentorInvitation.ALL_MENTORS).name();
        return form;
    }

    /** The form filled with what the programme has now. */
    static ProgrammeForm of(Programme programme) {
        ProgrammeForm form = rulesOf(programme);
        form.name = programme.getName();
        form.slug = programme.getSlug();
        form.description = programme.getDescription();
        form.whoMayJoin = programme.getWhoMayJoin();
        form.certificateName = programme.getCertificateName();
        ZoneId zone = programme.zone();
        form.signupFrom = day(programme.getSignupOpensAt(), zone, 0);
        form.signupTo = day(programme.getSignupClosesAt(), zone, -1);
        form.requestsFrom = day(programme.getRequestsOpenAt(), zone, 0);
        form.requestsTo = day(programme.getRequestsCloseAt(), zone, -1);
        form.runsFrom = programme.getRunsFrom() == null ? "" : programme.getRunsFrom().toString();
        form.runsUntil = programme.getRunsUntil() == null ? "" : programme.getRunsUntil().toString();
        form.halfway = day(programme.getHalfwayAt(), zone, 0);
        form.surveyReminderDays = programme.getSurveyReminderAfter() == null ? "7" : Days.show(programme.getSurveyReminderAfter());
        programme.briefing(Audience.STUDENTS).ifPresent(briefing -> {
            form.studentBriefingTitle = briefing.getTitle();
            form.studentBriefingDate = day(briefing.getStartsAt(), zone, 0);
            form.studentBriefingStart = time(briefing.getStartsAt(), zone);
            form.studentBriefingEnd = time(briefing.getEndsAt(), zone);
            form.studentBriefingPlace = briefing.getPlace();
        });
        programme.briefing(Audience.MENTORS).ifPresent(briefing -> {
            form.mentorBriefingTitle = briefing.getTitle();
            form.mentorBriefingDate = day(briefing.getStartsAt(), zone, 0);
            form.mentorBriefingStart = time(briefing.getStartsAt(), zone);
            form.mentorBriefingEnd = time(briefing.getEndsAt(), zone);
            form.mentorBriefingLink = briefing.getLink();
        });
        return form;
    }

    private static ProgrammeForm rulesOf(Programme programme) {
        ProgrammeForm form = new ProgrammeForm();
        form.version = String.valueOf(programme.getVersion());
        form.kind = programme.getKind().name();
        form.timeZone = programme.getTimeZone();
        form.languages = new ArrayList<>(programme.languageList());
        form.maxOpenRequestsPerMentee = String.valueOf(programme.getMaxOpenRequestsPerMentee());
        form.maxOpenRequestsPerMentor = String.valueOf(programme.getMaxOpenRequestsPerMentor());
        form.capacityChoices = new ArrayList<>(programme.capacityChoiceList().stream().map(String::valueOf).toList());
        form.requestReminderDays = Days.show(programme.getRequestReminderAfter());
        form.requestReminders = String.valueOf(programme.getRequestReminders());
        form.requestExpiryDays = Days.show(programme.getRequestExpiresAfter());
        form.agreementReminderDays = Days.show(programme.getAgreementReminderAfter());
        form.agreementReminders = String.valueOf(programme.getAgreementReminders());
        form.inactivityDays = Days.show(programme.getInactivityAfter());
        form.nonAlumniMentorsWelcome = programme.isNonAlumniMentorsWelcome() ? "on" : null;
        form.accessCodeRequired = programme.isAccessCodeRequired() ? "on" : null;
        form.mentorLevels = new ArrayList<>(programme.mentorLevelList().stream().map(Enum::name).toList());
        form.coordinatorGroup = programme.getCoordinatorGroup();
        form.mentorInvitation = programme.getMentorInvitation() == null ? MentorInvitation.ALL_MENTORS.name()
                : programme.getMentorInvitation().name();
        return form;
    }

    private static String day(Instant instant, ZoneId zone, int shift) {
        return instant == null ? "" : LocalDate.ofInstant(instant, zone).plusDays(shift).toString();
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : LocalTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    public boolean has(Collection<String> chosen, Object value) {
        return chosen != null && chosen.contains(String.valueOf(value));
    }

    public boolean isCohort() {
        return ProgrammeKind.COHORT.name().equals(kind);
    }

    /** A message key and its arguments, for one field. */
    public record Problem(String code, Object... args) {
    }

    /** Either problems by field name, or the checked values. */
    record Reading(Map<String, Problem> problems, Values values) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * What a reading checks against besides the form.
     *
     * @param kind       the programme's kind: the edited one's, or the one a new programme is given
     * @param isNew      a new programme's dates may not lie in the past
     * @param now        the application clock's time
     * @param current    the edited programme (its kept expert durations), or null
     * @param slugTaken  whether another programme has this address
     * @param zones      the time zones offered
     * @param groupKnown whether Camunda has this group
     * @param dates      how the reader writes a date, for the messages
     */
    record Context(ProgrammeKind kind, boolean isNew, Instant now, Programme current, Predicate<String> slugTaken,
            Collection<String> zones, Predicate<String> groupKnown, DateTimeFormatter dates) {
    }

    /** The checked values, ready to be written to a programme. */
    record Values(String name, String slug, String description, String whoMayJoin, String certificateName,
            String timeZone, List<String> languages, int maxOpenRequestsPerMentee, int maxOpenRequestsPerMentor,
            List<Integer> capacityChoices, String requestReminderAfter, int requestReminders,
            String requestExpiresAfter, String agreementReminderAfter, int agreementReminders, String inactivityAfter,
            boolean nonAlumniMentorsWelcome, boolean accessCodeRequired, List<MentoringLevel> mentorLevels,
            String coordinatorGroup, MentorInvitation mentorInvitation, Calendar calendar) {

        void applyTo(Programme programme) {
            programme.setName(name);
            programme.setSlug(slug);
            programme.setDescription(description);
            programme.setWhoMayJoin(whoMayJoin);
            programme.setCertificateName(certificateName);
            programme.setTimeZone(timeZone);
            programme.setLanguageList(languages);
            programme.setMaxOpenRequestsPerMentee(maxOpenRequestsPerMentee);
            programme.setMaxOpenRequestsPerMentor(maxOpenRequestsPerMentor);
            programme.setCapacityChoiceList(capacityChoices);
            programme.setRequestReminderAfter(requestReminderAfter);
            programme.setRequestReminders(requestReminders);
            programme.setRequestExpiresAfter(requestExpiresAfter);
            programme.setAgreementReminderAfter(agreementReminderAfter);
            programme.setAgreementReminders(agreementReminders);
            programme.setInactivityAfter(inactivityAfter);
            programme.setNonAlumniMentorsWelcome(nonAlumniMentorsWelcome);
            programme.setAccessCodeRequired(accessCodeRequired);
            programme.setMentorLevelList(mentorLevels);
            programme.setCoordinatorGroup(coordinatorGroup);
            programme.setMentorInvitation(mentorInvitation);
            if (calendar != null) {
                calendar.applyTo(programme);
            }
        }
    }

    /** A cohort's calendar as instants in its time zone. */
    record Calendar(Instant signupOpensAt, Instant signupClosesAt, Instant requestsOpenAt, Instant requestsCloseAt,
            LocalDate runsFrom, LocalDate runsUntil, Instant halfwayAt, String surveyReminderAfter,
            BriefingValues students, BriefingValues mentors) {

        void applyTo(Programme programme) {
            programme.setSignupOpensAt(signupOpensAt);
            programme.setSignupClosesAt(signupClosesAt);
            programme.setRequestsOpenAt(requestsOpenAt);
            programme.setRequestsCloseAt(requestsCloseAt);
            programme.setRunsFrom(runsFrom);
            programme.setRunsUntil(runsUntil);
            programme.setHalfwayAt(halfwayAt);
            programme.setSurveyReminderAfter(surveyReminderAfter);
            apply(programme, Audience.STUDENTS, students);
            apply(programme, Audience.MENTORS, mentors);
        }

        private static void apply(Programme programme, Audience audience, BriefingValues values) {
            Briefing existing = programme.briefing(audience).orElse(null);
            if (values == null) {
                if (existing != null) {
                    programme.getBriefings().remove(existing);
                }
                return;
            }
            if (existing == null) {
                programme.getBriefings().add(new Briefing(programme, audience, values.title(), values.startsAt(),
                        values.endsAt(), values.place(), values.link()));
                return;
            }
            existing.setTitle(values.title());
            existing.move(values.startsAt(), values.endsAt());
            existing.setPlace(values.place());
            existing.setLink(values.link());
        }
    }

    record BriefingValues(String title, Instant startsAt, Instant endsAt, String place, String link) {
    }

    /** Checks every field; a cohort's calendar only for a cohort. */
    Reading read(Context context) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        String checkedName = text("name", name, MAX_NAME, true, problems);
        String checkedSlug = text("slug", slug, MAX_SLUG, true, problems);
        if (checkedSlug != null && !SLUG.matcher(checkedSlug).matches()) {
            problems.put("slug", new Problem("programme.problem.slug"));
        } else if (checkedSlug != null && context.slugTaken().test(checkedSlug)) {
            problems.put("slug", new Problem("programme.problem.slug-taken"));
        }
        String checkedDescription = text("description", description, MAX_TEXT, false, problems);
        String checkedWho = text("whoMayJoin", whoMayJoin, MAX_TEXT, false, problems);
        String checkedCertificate = text("certificateName", certificateName, MAX_NAME, false, problems);
        if (checkedCertificate == null) {
            checkedCertificate = checkedName;
        }
        ZoneId zone = null;
        if (timeZone == null || !context.zones().contains(timeZone)) {
            problems.put("timeZone", new Problem("programme.problem.zone"));
        } else {
            zone = ZoneId.of(timeZone);
        }
        List<String> checkedLanguages = languages == null ? List.of()
                : languages.stream().filter(code -> code != null && code.matches("[a-z]{2,3}")).distinct().toList();
        if (checkedLanguages.isEmpty()) {
            problems.put("languages", new Problem("programme.problem.languages"));
        }
        int perMentee = number("maxOpenRequestsPerMentee", maxOpenRequestsPerMentee, 1, 10, problems);
        int perMentor = number("maxOpenRequestsPerMentor", maxOpenRequestsPerMentor, 1, 10, problems);
        List<Integer> capacities = capacityChoices == null ? List.of()
                : capacityChoices.stream().filter(c -> "1".equals(c) || "2".equals(c)).distinct().sorted()
                        .map(Integer::valueOf).toList();
        if (capacities.isEmpty()) {
            problems.put("capacityChoices", new Problem("programme.problem.capacity"));
        }
        Programme current = context.current();
        String reminderAfter = days("requestReminderDays", requestReminderDays, 1, 60,
                current == null ? null : current.getRequestReminderAfter(), problems);
        int reminders = number("requestReminders", requestReminders, 1, 10, problems);
        String expiresAfter = days("requestExpiryDays", requestExpiryDays, 1, 365,
                current == null ? null : current.getRequestExpiresAfter(), problems);
        String agreementAfter = days("agreementReminderDays", agreementReminderDays, 1, 60,
                current == null ? null : current.getAgreementReminderAfter(), problems);
        int agreementCount = number("agreementReminders", agreementReminders, 1, 10, problems);
        String inactivity = days("inactivityDays", inactivityDays, 1, 365,
                current == null ? null : current.getInactivityAfter(), problems);
        List<MentoringLevel> levels = new ArrayList<>();
        for (MentoringLevel level : MentoringLevel.values()) {
            if (has(mentorLevels, level.name())) {
                levels.add(level);
            }
        }
        if (levels.isEmpty()) {
            problems.put("mentorLevels", new Problem("programme.problem.levels"));
        }
        String group = text("coordinatorGroup", coordinatorGroup, MAX_GROUP, true, problems);
        if (group != null && (!GROUP.matcher(group).matches() || !context.groupKnown().test(group))) {
            problems.put("coordinatorGroup", new Problem("programme.problem.group", group));
        }
        MentorInvitation invitation = MentorInvitation.ALL_MENTORS;
        try {
            invitation = MentorInvitation.valueOf(String.valueOf(mentorInvitation));
        } catch (IllegalArgumentException unknown) {
            problems.put("mentorInvitation", new Problem("programme.problem.required"));
        }
        Calendar calendar = context.kind() == ProgrammeKind.COHORT && zone != null
                ? calendar(context, zone, problems) : null;
        if (!problems.isEmpty()) {
            return new Reading(problems, null);
        }
        return new Reading(problems, new Values(checkedName, checkedSlug, checkedDescription, checkedWho,
                checkedCertificate, timeZone, checkedLanguages, perMentee, perMentor, capacities, reminderAfter,
                reminders, expiresAfter, agreementAfter, agreementCount, inactivity, nonAlumniMentorsWelcome != null,
                accessCodeRequired != null, levels, group, invitation, calendar));
    }

    private Calendar calendar(Context context, ZoneId zone, Map<String, Problem> problems) {
        LocalDate signupOpens = date("signupFrom", signupFrom, true, problems);
        LocalDate signupLast = date("signupTo", signupTo, true, problems);
        LocalDate requestsOpen = date("requestsFrom", requestsFrom, true, problems);
        LocalDate requestsLast = date("requestsTo", requestsTo, true, problems);
        LocalDate from = date("runsFrom", runsFrom, true, problems);
        LocalDate until = date("runsUntil", runsUntil, true, problems);
        LocalDate halfwayDay = date("halfway", halfway, false, problems);
        String surveyReminder = days("surveyReminderDays", surveyReminderDays, 1, 60,
                context.current() == null ? null : context.current().getSurveyReminderAfter(), problems);
        DateTimeFormatter dates = context.dates();

        if (signupOpens != null && signupLast != null && signupLast.isBefore(signupOpens)) {
            problems.putIfAbsent("signupTo", new Problem("programme.problem.signup-order"));
        }
        if (signupLast != null && requestsOpen != null && !signupLast.isBefore(requestsOpen)) {
            problems.putIfAbsent("requestsFrom", new Problem("programme.problem.signup-before-requests"));
        }
        if (requestsOpen != null && requestsLast != null && requestsLast.isBefore(requestsOpen)) {
            problems.putIfAbsent("requestsTo", new Problem("programme.problem.requests-order"));
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.putIfAbsent("runsUntil", new Problem("programme.problem.run-order"));
        }
        if (requestsLast != null && until != null && requestsLast.isAfter(until)) {
            problems.putIfAbsent("requestsTo", new Problem("programme.problem.requests-in-run", dates.format(until)));
        }
        if (halfwayDay == null && from != null && until != null && !until.isBefore(from)) {
            halfwayDay = from.plusDays(ChronoUnit.DAYS.between(from, until) / 2);
        }
        if (halfwayDay != null && from != null && until != null
                && (halfwayDay.isBefore(from) || halfwayDay.isAfter(until))) {
            problems.putIfAbsent("halfway", new Problem("programme.problem.halfway", dates.format(from), dates.format(until)));
        }
        BriefingValues students = briefing("studentBriefing", false, studentBriefingTitle, studentBriefingDate,
                studentBriefingStart, studentBriefingEnd, studentBriefingPlace, requestsOpen, until, zone, dates, problems);
        BriefingValues mentors = briefing("mentorBriefing", true, mentorBriefingTitle, mentorBriefingDate,
                mentorBriefingStart, mentorBriefingEnd, mentorBriefingLink, requestsOpen, until, zone, dates, problems);
        if (context.isNew()) {
            LocalDate today = LocalDate.ofInstant(context.now(), zone);
            past("signupFrom", signupOpens, today, problems);
            past("signupTo", signupLast, today, problems);
            past("requestsFrom", requestsOpen, today, problems);
            past("requestsTo", requestsLast, today, problems);
            past("runsUntil", until, today, problems);
            past("halfway", halfwayDay, today, problems);
            past("studentBriefingDate", students == null ? null : LocalDate.ofInstant(students.startsAt(), zone), today, problems);
            past("mentorBriefingDate", mentors == null ? null : LocalDate.ofInstant(mentors.startsAt(), zone), today, problems);
        }
        if (signupOpens == null || signupLast == null || requestsOpen == null || requestsLast == null || from == null
                || until == null || halfwayDay == null) {
            return null;
        }
        return new Calendar(start(signupOpens, zone), start(signupLast.plusDays(1), zone), start(requestsOpen, zone),
                start(requestsLast.plusDays(1), zone), from, until, start(halfwayDay, zone), surveyReminder, students, mentors);
    }

    private static void past(String field, LocalDate date, LocalDate today, Map<String, Problem> problems) {
        if (date != null && date.isBefore(today)) {
            problems.putIfAbsent(field, new Problem("programme.problem.past"));
        }
    }

    /** A briefing: nothing when every field is empty, else date, times and the place (students) or link (mentors). */
    private static BriefingValues briefing(String prefix, boolean online, String title, String date, String start,
            String end, String whereText, LocalDate requestsOpen, LocalDate until, ZoneId zone, DateTimeFormatter dates,
            Map<String, Problem> problems) {
        if (blank(date) && blank(start) && blank(end) && blank(whereText)) {
            return null;
        }
        String checkedTitle = text(prefix + "Title", title, MAX_NAME, true, problems);
        LocalDate day = date(prefix + "Date", date, true, problems);
        LocalTime starts = time(prefix + "Start", start, problems);
        LocalTime ends = time(prefix + "End", end, problems);
        String where = online ? text(prefix + "Link", whereText, MAX_LINK, true, problems)
                : text(prefix + "Place", whereText, MAX_PLACE, true, problems);
        if (online && where != null && !where.matches("https?://\\S+")) {
            problems.put(prefix + "Link", new Problem("programme.problem.link"));
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            problems.putIfAbsent(prefix + "End", new Problem("programme.problem.briefing-times"));
        }
        if (day != null && requestsOpen != null && until != null && (day.isBefore(requestsOpen) || day.isAfter(until))) {
            problems.putIfAbsent(prefix + "Date",
                    new Problem("programme.problem.briefing-window", dates.format(requestsOpen), dates.format(until)));
        }
        if (checkedTitle == null || day == null || starts == null || ends == null || where == null) {
            return null;
        }
        return new BriefingValues(checkedTitle, day.atTime(starts).atZone(zone).toInstant(),
                day.atTime(ends).atZone(zone).toInstant(), online ? null : where, online ? where : null);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String field, String value, int max, boolean required, Map<String, Problem> problems) {
        if (blank(value)) {
            if (required) {
                problems.put(field, new Problem("programme.problem.required"));
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            problems.put(field, new Problem("programme.problem.too-long", max));
            return null;
        }
        return trimmed;
    }

    private static int number(String field, String value, int min, int max, Map<String, Problem> problems) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // told below
        }
        problems.put(field, new Problem("programme.problem.number", min, max));
        return 0;
    }

    /** Whole days as "P{n}D"; an unchanged expert duration the programme had is kept as it is. */
    private static String days(String field, String value, int min, int max, String kept, Map<String, Problem> problems) {
        String typed = value == null ? "" : value.strip();
        if (kept != null && typed.equals(kept) && Days.isDuration(kept)) {
            return kept;
        }
        try {
            int days = Integer.parseInt(typed);
            if (days >= min && days <= max) {
                return Days.iso(days);
            }
        } catch (NumberFormatException notANumber) {
            // told below
        }
        problems.put(field, new Problem("programme.problem.days", min, max));
        return null;
    }

    private static LocalDate date(String field, String value, boolean required, Map<String, Problem> problems) {
        if (blank(value)) {
            if (required) {
                problems.put(field, new Problem("programme.problem.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            problems.put(field, new Problem("programme.problem.date"));
            return null;
        }
    }

    private static LocalTime time(String field, String value, Map<String, Problem> problems) {
        if (blank(value)) {
            problems.put(field, new Problem("programme.problem.required"));
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeException notATime) {
            problems.put(field, new Problem("programme.problem.time"));
            return null;
        }
    }

    // getters and setters for the form binding

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getWhoMayJoin() { return whoMayJoin; }
    public void setWhoMayJoin(String whoMayJoin) { this.whoMayJoin = whoMayJoin; }
    public String getCertificateName() { return certificateName; }
    public void setCertificateName(String certificateName) { this.certificateName = certificateName; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public String getMaxOpenRequestsPerMentee() { return maxOpenRequestsPerMentee; }
    public void setMaxOpenRequestsPerMentee(String value) { this.maxOpenRequestsPerMentee = value; }
    public String getMaxOpenRequestsPerMentor() { return maxOpenRequestsPerMentor; }
    public void setMaxOpenRequestsPerMentor(String value) { this.maxOpenRequestsPerMentor = value; }
    public List<String> getCapacityChoices() { return capacityChoices; }
    public void setCapacityChoices(List<String> capacityChoices) { this.capacityChoices = capacityChoices; }
    public String getRequestReminderDays() { return requestReminderDays; }
    public void setRequestReminderDays(String value) { this.requestReminderDays = value; }
    public String getRequestReminders() { return requestReminders; }
    public void setRequestReminders(String value) { this.requestReminders = value; }
    public String getRequestExpiryDays() { return requestExpiryDays; }
    public void setRequestExpiryDays(String value) { this.requestExpiryDays = value; }
    public String getAgreementReminderDays() { return agreementReminderDays; }
    public void setAgreementReminderDays(String value) { this.agreementReminderDays = value; }
    public String getAgreementReminders() { return agreementReminders; }
    public void setAgreementReminders(String value) { this.agreementReminders = value; }
    public String getInactivityDays() { return inactivityDays; }
    public void setInactivityDays(String value) { this.inactivityDays = value; }
    public String getNonAlumniMentorsWelcome() { return nonAlumniMentorsWelcome; }
    public void setNonAlumniMentorsWelcome(String value) { this.nonAlumniMentorsWelcome = value; }
    public String getAccessCodeRequired() { return accessCodeRequired; }
    public void setAccessCodeRequired(String value) { this.accessCodeRequired = value; }
    public List<String> getMentorLevels() { return mentorLevels; }
    public void setMentorLevels(List<String> mentorLevels) { this.mentorLevels = mentorLevels; }
    public String getCoordinatorGroup() { return coordinatorGroup; }
    public void setCoordinatorGroup(String coordinatorGroup) { this.coordinatorGroup = coordinatorGroup; }
    public String getMentorInvitation() { return mentorInvitation; }
    public void setMentorInvitation(String mentorInvitation) { this.mentorInvitation = mentorInvitation; }
    public String getSignupFrom() { return signupFrom; }
    public void setSignupFrom(String value) { this.signupFrom = value; }
    public String getSignupTo() { return signupTo; }
    public void setSignupTo(String value) { this.signupTo = value; }
    public String getRequestsFrom() { return requestsFrom; }
    public void setRequestsFrom(String value) { this.requestsFrom = value; }
    public String getRequestsTo() { return requestsTo; }
    public void setRequestsTo(String value) { this.requestsTo = value; }
    public String getRunsFrom() { return runsFrom; }
    public void setRunsFrom(String value) { this.runsFrom = value; }
    public String getRunsUntil() { return runsUntil; }
    public void setRunsUntil(String value) { this.runsUntil = value; }
    public String getHalfway() { return halfway; }
    public void setHalfway(String value) { this.halfway = value; }
    public String getSurveyReminderDays() { return surveyReminderDays; }
    public void setSurveyReminderDays(String value) { this.surveyReminderDays = value; }
    public String getStudentBriefingTitle() { return studentBriefingTitle; }
    public void setStudentBriefingTitle(String value) { this.studentBriefingTitle = value; }
    public String getStudentBriefingDate() { return studentBriefingDate; }
    public void setStudentBriefingDate(String value) { this.studentBriefingDate = value; }
    public String getStudentBriefingStart() { return studentBriefingStart; }
    public void setStudentBriefingStart(String value) { this.studentBriefingStart = value; }
    public String getStudentBriefingEnd() { return studentBriefingEnd; }
    public void setStudentBriefingEnd(String value) { this.studentBriefingEnd = value; }
    public String getStudentBriefingPlace() { return studentBriefingPlace; }
    public void setStudentBriefingPlace(String value) { this.studentBriefingPlace = value; }
    public String getMentorBriefingTitle() { return mentorBriefingTitle; }
    public void setMentorBriefingTitle(String value) { this.mentorBriefingTitle = value; }
    public String getMentorBriefingDate() { return mentorBriefingDate; }
    public void setMentorBriefingDate(String value) { this.mentorBriefingDate = value; }
    public String getMentorBriefingStart() { return mentorBriefingStart; }
    public void setMentorBriefingStart(String value) { this.mentorBriefingStart = value; }
    public String getMentorBriefingEnd() { return mentorBriefingEnd; }
    public void setMentorBriefingEnd(String value) { this.mentorBriefingEnd = value; }
    public String getMentorBriefingLink() { return mentorBriefingLink; }
    public void setMentorBriefingLink(String value) { this.mentorBriefingLink = value; }
}

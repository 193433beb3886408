package org.mentorflow.programme;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.mentorflow.people.MentoringLevel;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinators' programme admin area (WebSecurity lets only the coordinators group in): the list, one form for
 * a new and a changed programme, and a programme's overview with its calendar and links to the cohort's pages.
 */
@Controller
class ProgrammeAdminController {

    /** Languages a programme may run in, as checkboxes (ISO 639-1); a programme's others are shown as well. */
    static final List<String> OFFERED_LANGUAGES = List.of("en", "de", "fi", "sv", "it", "fr", "es", "nl", "da", "no");

    /** Time zones offered; the programme's own is added when it is another. */
    static final List<String> COMMON_ZONES = List.of("Europe/Helsinki", "Europe/Stockholm", "Europe/Oslo",
            "Europe/Copenhagen", "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Rome", "Europe/Amsterdam",
            "Europe/Brussels", "Europe/Paris", "Europe/Madrid", "Europe/Lisbon", "Europe/London", "Europe/Dublin",
            "Europe/Tallinn", "Europe/Riga", "Europe/Vilnius", "Europe/Warsaw", "Europe/Prague", "Europe/Athens",
            "UTC", "America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Tokyo", "Asia/Singapore",
            "Australia/Sydney");

    private final Programmes programmes;
    private final ProgrammeEditor editor;
    private final ProgrammeSchedules schedules;
    private final IdentityService identity;
    private final MessageSource messages;

    ProgrammeAdminController(Programmes programmes, ProgrammeEditor editor, ProgrammeSchedules schedules,
            IdentityService identity, MessageSource messages) {
        this.programmes = programmes;
        this.editor = editor;
        this.schedules = schedules;
        this.identity = identity;
        this.messages = messages;
    }

    /** One row of the list: the programme, where its windows stand, and how many signed up. */
    public record Row(Programme programme, ProgrammeSchedules.Standing standing, int mentors, int students) {
    }

    @GetMapping("/coordinator/programmes")
    String list(Locale locale, Model model) {
        List<Row> rows = programmes.all().stream().map(programme -> new Row(programme,
                schedules.standing(programme, locale),
                programmes.candidates(programme.getId(), CandidateRole.MENTOR).size(),
                programmes.candidates(programme.getId(), CandidateRole.STUDENT).size())).toList();
        model.addAttribute("rows", rows);
        return "programme/admin-list";
    }

    @GetMapping("/coordinator/programmes/new")
    String newProgramme(@RequestParam(name = "kind", defaultValue = "COHORT") String kind, Locale locale, Model model) {
        ProgrammeKind chosen = "CONTINUOUS".equals(kind) ? ProgrammeKind.CONTINUOUS : ProgrammeKind.COHORT;
        ProgrammeForm form = ProgrammeForm.newProgramme(chosen, programmes.continuous(),
                messages.getMessage("programme.briefing.students.default-title", null, locale),
                messages.getMessage("programme.briefing.mentors.default-title", null, locale));
        return form(null, form, Map.of(), false, locale, model);
    }

    @PostMapping("/coordinator/programmes")
    String create(@ModelAttribute("form") ProgrammeForm form, Locale locale, Model model) {
        ProgrammeKind kind = "CONTINUOUS".equals(form.getKind()) ? ProgrammeKind.CONTINUOUS : ProgrammeKind.COHORT;
        form.setKind(kind.name());
        ProgrammeForm.Reading reading = form.read(context(kind, null, locale));
        if (!reading.ok()) {
            return form(null, form, reading.problems(), false, locale, model);
        }
        try {
            Programme created = editor.create(kind, reading.values());
            return "redirect:/coordinator/programmes/" + created.getId() + "?created";
        } catch (DataIntegrityViolationException slugTakenMeanwhile) {
            return form(null, form, Map.of("slug", new ProgrammeForm.Problem("programme.problem.slug-taken")), false,
                    locale, model);
        }
    }

    @GetMapping("/coordinator/programmes/{id}")
    String overview(@PathVariable long id, Locale locale, Model model) {
        Programme programme = programmes.get(id);
        model.addAttribute("programme", programme);
        model.addAttribute("standing", schedules.standing(programme, locale));
        model.addAttribute("schedule", schedules.schedule(programme, locale));
        model.addAttribute("zone", schedules.zone(programme, locale));
        model.addAttribute("now", schedules.now());
        model.addAttribute("mentors", programmes.candidates(id, CandidateRole.MENTOR).size());
        model.addAttribute("students", programmes.candidates(id, CandidateRole.STUDENT).size());
        model.addAttribute("days", Map.of(
                "requestReminder", Days.show(programme.getRequestReminderAfter()),
                "requestExpiry", Days.show(programme.getRequestExpiresAfter()),
                "agreementReminder", Days.show(programme.getAgreementReminderAfter()),
                "inactivity", Days.show(programme.getInactivityAfter()),
                "surveyReminder", Days.show(programme.getSurveyReminderAfter())));
        model.addAttribute("languageNames", programme.languageList().stream().map(code -> languageName(code, locale)).toList());
        return "programme/overview";
    }

    @GetMapping("/coordinator/programmes/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        Programme programme = programmes.get(id);
        return form(programme, ProgrammeForm.of(programme), Map.of(), false, locale, model);
    }

    @PostMapping("/coordinator/programmes/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProgrammeForm form, HttpServletResponse response,
            Locale locale, Model model) {
        Programme programme = programmes.get(id);
        form.setKind(programme.getKind().name());
        ProgrammeForm.Reading reading = form.read(context(programme.getKind(), programme, locale));
        if (!reading.ok()) {
            return form(programme, form, reading.problems(), false, locale, model);
        }
        int version;
        try {
            version = Integer.parseInt(Objects.requireNonNullElse(form.getVersion(), ""));
        } catch (NumberFormatException noVersion) {
            version = -1;
        }
        try {
            editor.update(id, version, reading.values());
            return "redirect:/coordinator/programmes/" + id + "?saved";
        } catch (StaleProgrammeException | ObjectOptimisticLockingFailureException changedMeanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(programme, form, Map.of(), true, locale, model);
        } catch (DataIntegrityViolationException slugTakenMeanwhile) {
            return form(programme, form, Map.of("slug", new ProgrammeForm.Problem("programme.problem.slug-taken")), false,
                    locale, model);
        }
    }

    private ProgrammeForm.Context context(ProgrammeKind kind, Programme current, Locale locale) {
        Long currentId = current == null ? null : current.getId();
        return new ProgrammeForm.Context(kind, current == null, schedules.now(), current,
                slug -> programmes.find(slug).map(other -> !other.getId().equals(currentId)).orElse(false),
                zones(current == null ? null : current.getTimeZone()),
                group -> identity.createGroupQuery().groupId(group).count() > 0,
                schedules.dayFormat(locale));
    }

    private String form(Programme programme, ProgrammeForm form, Map<String, ProgrammeForm.Problem> problems,
            boolean stale, Locale locale, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("stale", stale);
        model.addAttribute("cohort", form.isCohort());
        model.addAttribute("zones", zones(form.getTimeZone()));
        model.addAttribute("languageChoices", languageChoices(form, locale));
        model.addAttribute("levels", MentoringLevel.values());
        model.addAttribute("invitations", MentorInvitation.values());
        return "programme/form";
    }

    private static List<String> zones(String own) {
        List<String> zones = new ArrayList<>(COMMON_ZONES);
        if (own != null && !zones.contains(own) && ZoneId.getAvailableZoneIds().contains(own)) {
            zones.add(0, own);
        }
        return zones;
    }

    /** ISO codes with their names in the page's language; the programme's rarer ones included. */
    private static Map<String, String> languageChoices(ProgrammeForm form, Locale locale) {
        List<String> chosen = form.getLanguages() == null ? List.of() : form.getLanguages();
        Map<String, String> choices = new LinkedHashMap<>();
        Stream.concat(OFFERED_LANGUAGES.stream(), chosen.stream().filter(code -> code != null && code.matches("[a-z]{2,3}")))
                .distinct()
                .forEach(code -> choices.put(code, languageName(code, locale)));
        return choices;
    }

    static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name;
    }
}

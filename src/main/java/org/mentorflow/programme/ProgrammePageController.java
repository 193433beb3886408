package org.mentorflow.programme;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public programme pages: what each programme is, its schedule in the reader's language and the programme's
 * time zone, who may join, and the sign-up buttons while sign-up is open (their routes belong to joining).
 */
@Controller
class ProgrammePageController {

    private final Programmes programmes;
    private final ProgrammeSchedules schedules;

    ProgrammePageController(Programmes programmes, ProgrammeSchedules schedules) {
        this.programmes = programmes;
        this.schedules = schedules;
    }

    /** One programme of the list with where its sign-up stands. */
    public record Entry(Programme programme, ProgrammeSchedules.Standing standing) {
    }

    @GetMapping({"/programmes", "/programmes/"})
    String list(Locale locale, Model model) {
        List<Entry> entries = programmes.all().stream()
                .map(programme -> new Entry(programme, schedules.standing(programme, locale))).toList();
        model.addAttribute("entries", entries);
        return "programme/list";
    }

    @GetMapping("/programmes/{slug}")
    String page(@PathVariable String slug, Locale locale, Model model) {
        Programme programme = programmes.find(slug).orElseThrow(() -> new UnknownProgrammeException(slug));
        model.addAttribute("programme", programme);
        model.addAttribute("standing", schedules.standing(programme, locale));
        model.addAttribute("schedule", schedules.schedule(programme, locale));
        model.addAttribute("zone", schedules.zone(programme, locale));
        model.addAttribute("languageNames", programme.languageList().stream()
                .map(code -> ProgrammeAdminController.languageName(code, locale)).toList());
        return "programme/page";
    }
}

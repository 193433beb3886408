package org.mentorflow.matching;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.UnknownProgrammeException;
import org.mentorflow.security.LoggedInParticipant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A student of a cohort ranks up to three mentor candidates for the match proposal (a login is needed). */
@Controller
class StudentChoicesController {

    private static final String PATH = "/programmes/{slug}/choices";

    private final Programmes programmes;
    private final StudentChoices choices;
    private final LoggedInParticipant loggedIn;
    private final MessageSource messages;

    StudentChoicesController(Programmes programmes, StudentChoices choices, LoggedInParticipant loggedIn, MessageSource messages) {
        this.programmes = programmes;
        this.choices = choices;
        this.loggedIn = loggedIn;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@PathVariable String slug, @RequestParam(required = false) String notice, HttpServletRequest request,
            Locale locale, Model model) {
        Optional<Person> me = loggedIn.current(request);
        if (me.isEmpty()) {
            return loggedIn.turnAway(request, model);
        }
        Programme programme = programme(slug);
        if ("saved".equals(notice)) {
            model.addAttribute("notice", messages.getMessage("matching.choices.saved", null, locale));
        }
        return show(programme, me.get(), null, null, locale, model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String slug, @RequestParam Map<String, String> form, HttpServletRequest request, Locale locale,
            Model model) {
        Optional<Person> me = loggedIn.current(request);
        if (me.isEmpty()) {
            return loggedIn.turnAway(request, model);
        }
        Programme programme = programme(slug);
        List<String> mentorIds = new ArrayList<>();
        for (int rank = 1; rank <= StudentChoices.MAX_CHOICES; rank++) {
            mentorIds.add(form.getOrDefault("choice" + rank, ""));
        }
        try {
            choices.choose(programme, me.get().getId(), mentorIds);
        } catch (ChoiceRefusedException refused) {
            return show(programme, me.get(), mentorIds, messages.getMessage(refused, locale), locale, model);
        }
        return "redirect:" + PATH.replace("{slug}", programme.getSlug()) + "?notice=saved";
    }

    private String show(Programme programme, Person me, List<String> chosen, String problem, Locale locale, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("problem", problem);
        try {
            model.addAttribute("options", choices.options(programme, me.getId()));
        } catch (ChoiceRefusedException refused) {
            model.addAttribute("refusal", messages.getMessage(refused, locale));
            return "matching/choices";
        }
        List<String> selected = new ArrayList<>(chosen != null ? chosen : choices.of(programme.getId(), me.getId()));
        while (selected.size() < StudentChoices.MAX_CHOICES) {
            selected.add("");
        }
        model.addAttribute("selected", selected.subList(0, StudentChoices.MAX_CHOICES));
        return "matching/choices";
    }

    private Programme programme(String slug) {
        return programmes.find(slug).orElseThrow(() -> new UnknownProgrammeException(slug));
    }
}

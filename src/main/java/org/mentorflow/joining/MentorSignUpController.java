package org.mentorflow.joining;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.UnknownProgrammeException;
import org.mentorflow.programme.Window;
import org.mentorflow.security.LoggedInParticipant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mentor signs up as a candidate of a cohort while its sign-up is open: how many students, which levels, in which
 * languages, and whom they would like to mentor. They change or withdraw the sign-up on the same page while it is
 * open; outside it the page says when sign-up opens or that it closed.
 */
@Controller
class MentorSignUpController {

    /** The form as typed, shown again with a refusal. */
    public record Form(String capacity, List<String> levels, List<String> languages, String preferences) {

        static Form of(Candidate candidate, List<String> languages) {
            return new Form(String.valueOf(candidate.getCapacity()), candidate.levelList().stream().map(Enum::name).toList(),
                    languages, candidate.getPreferences() == null ? "" : candidate.getPreferences());
        }

        /** A first sign-up: the profile's capacity if the programme offers it, its levels and languages. */
        static Form prefilled(Programme programme, Person mentor, List<MentoringLevel> levels, List<String> languages) {
            List<Integer> choices = programme.capacityChoiceList();
            String capacity = choices.contains(mentor.getCapacity()) ? String.valueOf(mentor.getCapacity())
                    : choices.isEmpty() ? "" : String.valueOf(choices.get(0));
            return new Form(capacity, levels.stream().map(Enum::name).toList(), languages, "");
        }

        public boolean has(List<String> values, Object value) {
            return values != null && values.contains(String.valueOf(value));
        }

        CohortSignUps.MentorChoices choices() {
            Integer chosenCapacity;
            try {
                chosenCapacity = capacity == null ? null : Integer.valueOf(capacity.strip());
            } catch (NumberFormatException e) {
                chosenCapacity = null;
            }
            List<MentoringLevel> chosenLevels = new ArrayList<>();
            for (String level : levels == null ? List.<String>of() : levels) {
                try {
                    chosenLevels.add(MentoringLevel.valueOf(level));
                } catch (IllegalArgumentException e) {
                    // not a level: as if not chosen, the check asks for one
                }
            }
            return new CohortSignUps.MentorChoices(chosenCapacity, chosenLevels,
                    languages == null ? List.of() : languages.stream().filter(l -> l != null && !l.isBlank()).toList(), preferences);
        }
    }

    private final Programmes programmes;
    private final CohortSignUps signUps;
    private final CandidateLanguages candidateLanguages;
    private final LoggedInParticipant participants;
    private final MessageSource messages;
    private final Clock clock;

    MentorSignUpController(Programmes programmes, CohortSignUps signUps, CandidateLanguages candidateLanguages,
            LoggedInParticipant participants, MessageSource messages, Clock clock) {
        this.programmes = programmes;
        this.signUps = signUps;
        this.candidateLanguages = candidateLanguages;
        this.participants = participants;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programmes/{slug}/mentor-sign-up")
    String form(@PathVariable String slug, @RequestParam(required = false) String notice, HttpServletRequest request,
            Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = programme(slug);
        Optional<Candidate> signedUp = programmes.candidate(programme.getId(), me.get().getId(), CandidateRole.MENTOR);
        Form form = signedUp.map(candidate -> Form.of(candidate, candidateLanguages.of(programme.getId(), me.get().getId())))
                .orElseGet(() -> Form.prefilled(programme, me.get(), signUps.levelsOffered(programme, me.get()),
                        signUps.languagesOffered(programme, me.get()).stream().filter(programme.languageList()::contains).toList()));
        model.addAttribute("notice", "saved".equals(notice) || "withdrawn".equals(notice) ? notice : null);
        return page(programme, me.get(), signedUp.isPresent(), form, null, locale, model);
    }

    @PostMapping("/programmes/{slug}/mentor-sign-up")
    String signUp(@PathVariable String slug, @RequestParam(required = false) String capacity,
            @RequestParam(required = false) List<String> levels, @RequestParam(required = false) List<String> languages,
            @RequestParam(defaultValue = "") String preferences, HttpServletRequest request, Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = programme(slug);
        Form form = new Form(capacity, levels, languages, preferences);
        try {
            signUps.signUpMentor(programme, me.get().getId(), form.choices());
        } catch (JoiningRefusedException refused) {
            boolean signedUp = programmes.candidate(programme.getId(), me.get().getId(), CandidateRole.MENTOR).isPresent();
            return page(programme, me.get(), signedUp, form, messages.getMessage(refused, locale), locale, model);
        }
        return "redirect:/programmes/" + programme.getSlug() + "/mentor-sign-up?notice=saved";
    }

    @PostMapping("/programmes/{slug}/mentor-sign-up/withdraw")
    String withdraw(@PathVariable String slug, HttpServletRequest request, Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = programme(slug);
        try {
            signUps.withdrawMentor(programme, me.get().getId());
        } catch (JoiningRefusedException refused) {
            Optional<Candidate> signedUp = programmes.candidate(programme.getId(), me.get().getId(), CandidateRole.MENTOR);
            Form form = signedUp.map(candidate -> Form.of(candidate, candidateLanguages.of(programme.getId(), me.get().getId())))
                    .orElse(new Form("", List.of(), List.of(), ""));
            return page(programme, me.get(), signedUp.isPresent(), form, messages.getMessage(refused, locale), locale, model);
        }
        return "redirect:/programmes/" + programme.getSlug() + "/mentor-sign-up?notice=withdrawn";
    }

    private String page(Programme programme, Person me, boolean signedUp, Form form, String problem, Locale locale, Model model) {
        Window window = programme.signUp(clock.instant());
        model.addAttribute("programme", programme);
        model.addAttribute("signedUp", signedUp);
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("maxPreferences", CohortSignUps.MAX_PREFERENCES_LENGTH);
        if (!programme.isCohort()) {
            model.addAttribute("closed", messages.getMessage("joining.refused.not-a-cohort", new Object[] {programme.getName()}, locale));
            return "joining/mentor-sign-up";
        }
        model.addAttribute("closed", window == Window.OPEN ? null : messages.getMessage(CohortDates.signUp(programme, window), locale));
        model.addAttribute("profileProblem", signUps.mentorProfileProblem(programme, me)
                .map(refusal -> messages.getMessage(refusal, locale)).orElse(null));
        model.addAttribute("capacities", programme.capacityChoiceList());
        model.addAttribute("levels", signUps.levelsOffered(programme, me));
        model.addAttribute("languageChoices", languageNames(signUps.languagesOffered(programme, me), locale));
        model.addAttribute("programmeLanguages", String.join(", ", languageNames(programme.languageList(), locale).values()));
        return "joining/mentor-sign-up";
    }

    private Programme programme(String slug) {
        return programmes.find(slug).orElseThrow(() -> new UnknownProgrammeException(slug));
    }

    /** ISO codes with their names in the reader's language, in the order given. */
    static Map<String, String> languageNames(List<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)));
        return names;
    }
}

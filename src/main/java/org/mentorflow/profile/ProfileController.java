package org.mentorflow.profile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorflow.security.LoggedInParticipant;
import org.mentorflow.directory.FieldCategory;
import org.mentorflow.directory.MentorDirectory;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.DocumentRefusal;
import org.mentorflow.documents.Documents;
import org.mentorflow.documents.StoreResult;
import org.mentorflow.documents.UploadCheck;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A person's own profile: every section of the sources for their roles, and how others see them. A form with
 * a mistake comes back as typed, with a message beside each field that is wrong.
 */
@Controller
class ProfileController {

    /** Languages offered as checkboxes (ISO 639-1); a person's other languages are shown as well. */
    static final List<String> OFFERED_LANGUAGES = List.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "fa", "fi",
            "fr", "hr", "hu", "it", "ja", "ko", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "tr", "uk", "zh");

    private final LoggedInParticipant loggedIn;
    private final ProfileEditor editor;
    private final PeopleService people;
    private final MentorDirectory directory;
    private final LocaleResolver localeResolver;
    private final ProgrammeSettings programme;
    private final Documents documents;
    private final Clock clock;

    ProfileController(LoggedInParticipant loggedIn, ProfileEditor editor, PeopleService people, MentorDirectory directory,
            LocaleResolver localeResolver, ProgrammeSettings programme, Documents documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
        this.loggedIn = loggedIn;
        this.editor = editor;
        this.people = people;
        this.directory = directory;
        this.localeResolver = localeResolver;
        this.programme = programme;
    }

    @GetMapping("/profile")
    String show(@RequestParam(required = false) String cvRefused, HttpServletRequest request, Locale locale,
            Model model) {
        model.addAttribute("cvRefusal", DocumentRefusal.named(cvRefused));
        return loggedIn.page(request, model, person -> page(person, ProfileForm.of(person), Map.of(), locale, model));
    }

    @PostMapping("/profile")
    String save(@ModelAttribute("form") ProfileForm form, HttpServletRequest request, HttpServletResponse response,
            Locale locale, Model model) {
        return loggedIn.page(request, model, person -> {
            List<FieldCategory> categories = directory.fieldCategories();
            ProfileForm.Reading reading = form.read(person, FieldCategory.ids(categories), today());
            if (!reading.ok()) {
                return page(person, form, reading.problems(), locale, model);
            }
            editor.save(person.getId(), reading.update());
            // the next page speaks the chosen language: the portal reads it from the language cookie
            localeResolver.setLocale(request, response, Locale.forLanguageTag(reading.update().language()));
            return "redirect:/profile?saved";
        });
    }

    /** The CV belongs to the application a mentor reads; a refused file leaves the stored one as it was. */
    @PostMapping("/profile/cv")
    String uploadCv(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
            Model model) {
        return loggedIn.page(request, model, person -> {
            StoreResult result = documents.store(person.getId(), DocumentKind.CV, file);
            return result.stored() ? "redirect:/profile?cvSaved#cv"
                    : "redirect:/profile?cvRefused=" + result.refusal().name() + "#cv";
        });
    }

    /** A deactivated person whose session outlived the deactivation takes the account back here. */
    @PostMapping("/profile/reactivate")
    String reactivate(HttpServletRequest request, Model model) {
        return loggedIn.page(request, model, person -> {
            people.reactivate(person.getId());
            return "redirect:/profile";
        });
    }

    private String page(Person person, ProfileForm form, Map<String, ProfileForm.Problem> problems, Locale locale, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("categories", directory.fieldCategories());
        model.addAttribute("languageChoices", languageChoices(form, locale));
        model.addAttribute("levels", MentoringLevel.values());
        // what others see: the search's own card, built the search's way, never the date of birth or contacts
        model.addAttribute("card", directory.card(person.getId()).orElse(null));
        model.addAttribute("listed", person.isMentor() && directory.isListed(person.getId()));
        model.addAttribute("cv", documents.latest(person.getId(), DocumentKind.CV).orElse(null));
        model.addAttribute("maxUploadMb", UploadCheck.MAX_MEGABYTES);
        model.addAttribute("zone", programme.timeZone());
        return "profile/profile";
    }

    /** ISO codes with their names in the page's language, by name; the person's rarer ones included. */
    private static Map<String, String> languageChoices(ProfileForm form, Locale locale) {
        return Stream.concat(OFFERED_LANGUAGES.stream(), form.languagesBeyond(OFFERED_LANGUAGES).stream())
                .distinct()
                .sorted(Comparator.comparing(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)))
                .collect(Collectors.toMap(code -> code, code -> name(code, locale), (a, b) -> a, LinkedHashMap::new));
    }

    private static String name(String code, Locale locale) {
        String name = code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? String.valueOf(code) : name;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), programme.timeZone());
    }
}

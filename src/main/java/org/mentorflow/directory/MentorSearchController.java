package org.mentorflow.directory;

import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.security.CurrentLogin;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public mentor search: no login, anonymised cards, a page of twelve at a time. A logged-in mentee also sees
 * the mentors suggested for them, with the reasons, above the first page.
 */
@Controller
class MentorSearchController {

    static final int PAGE_SIZE = 12;

    private final MentorDirectory directory;
    private final MentorSuggestions suggestions;
    private final CurrentLogin currentLogin;
    private final Mentorships mentorships;

    MentorSearchController(MentorDirectory directory, MentorSuggestions suggestions, CurrentLogin currentLogin,
            Mentorships mentorships) {
        this.directory = directory;
        this.suggestions = suggestions;
        this.currentLogin = currentLogin;
        this.mentorships = mentorships;
    }

    @GetMapping("/mentors")
    String search(SearchForm form, HttpServletRequest request, Locale locale, Model model) {
        List<FieldCategory> categories = directory.fieldCategories();
        SearchForm.Reading reading = form.read(FieldCategory.ids(categories));
        Page<MentorCard> mentors = directory.search(reading.query(), PageRequest.of(reading.page(), PAGE_SIZE));
        model.addAttribute("categories", categories);
        model.addAttribute("languages", languageNames(directory.languages(), locale));
        model.addAttribute("levels", MentoringLevel.values());
        model.addAttribute("query", reading.query());
        model.addAttribute("notices", reading.notices());
        model.addAttribute("mentors", mentors);
        model.addAttribute("countLimit", MentorDirectory.COUNT_LIMIT);
        // one request at a time: a mentee whose request is open sees so on every card instead of the request button
        model.addAttribute("openRequestTo", currentLogin.of(request).flatMap(login -> openRequestOf(login.userId()))
                .map(mentorship -> mentorship.getMentor().getDisplayName()).orElse(null));
        model.addAttribute("suggestions", reading.page() == 0
                ? currentLogin.of(request).map(login -> suggestions.forMentee(login.userId())).orElse(List.of())
                : List.of());
        return "directory/mentors";
    }

    /** The mentee's open request in the continuous programme, the one this search serves. */
    private java.util.Optional<Mentorship> openRequestOf(String personId) {
        return mentorships.of(personId).stream()
                .filter(mentorship -> mentorship.getMentee().getId().equals(personId) && !mentorship.getProgramme().isCohort()
                        && mentorship.getState() == MentorshipState.REQUESTED)
                .findFirst();
    }

    /** ISO codes with their names in the page's language, in the order of the codes. */
    private static Map<String, String> languageNames(List<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)));
        return names;
    }
}

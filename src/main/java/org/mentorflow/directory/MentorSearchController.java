package org.mentorflow.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorflow.people.MentoringLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public mentor search: no login, anonymised cards, a page of twelve at a time. */
@Controller
class MentorSearchController {

    static final int PAGE_SIZE = 12;

    private final MentorDirectory directory;

    MentorSearchController(MentorDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/mentors")
    String search(SearchForm form, Locale locale, Model model) {
        List<FieldCategory> categories = directory.fieldCategories();
        SearchForm.Reading reading = form.read(FieldCategory.ids(categories));
        Page<MentorCard> mentors = directory.search(reading.query(), PageRequest.of(reading.page(), PAGE_SIZE));
        model.addAttribute("categories", categories);
        model.addAttribute("languages", languageNames(directory.languages(), locale));
        model.addAttribute("levels", MentoringLevel.values());
        model.addAttribute("query", reading.query());
        model.addAttribute("notices", reading.notices());
        model.addAttribute("mentors", mentors);
        return "directory/mentors";
    }

    /** ISO codes with their names in the page's language, in the order of the codes. */
    private static Map<String, String> languageNames(List<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale)));
        return names;
    }
}

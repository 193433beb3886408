package org.mentorflow.home;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The programme's questions and answers; the texts are message keys faq.GROUP.N.q / .a in both languages. */
@Controller
class FaqController {

    /** Groups in reading order, with how many questions each has. */
    private static final Map<String, Integer> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("mentees", 5);
        GROUPS.put("mentors", 3);
        GROUPS.put("process", 4);
        GROUPS.put("technical", 3);
    }

    @GetMapping("/faq")
    String faq(Model model) {
        model.addAttribute("groups", GROUPS);
        return "faq";
    }
}

package org.mentorflow.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what MentorFlow is and where each part lives. The full portal comes with issue 4. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}

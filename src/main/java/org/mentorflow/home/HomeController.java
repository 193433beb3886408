package org.mentorflow.home;

import org.mentorflow.directory.MentorDirectory;
import org.mentorflow.mentorship.Mentorships;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what MentorFlow is, live counters from the sources, and where each part lives. */
@Controller
class HomeController {

    /**
     * The public counters of the sources. Groups and wiki articles come with the community features;
     * until then there are none, and the page says so honestly.
     */
    record Counters(long mentorsAvailable, long activeMentorships, long finishedMentorships, long supervisedGroups,
            long wikiArticles) {
    }

    private final MentorDirectory directory;
    private final Mentorships mentorships;

    HomeController(MentorDirectory directory, Mentorships mentorships) {
        this.directory = directory;
        this.mentorships = mentorships;
    }

    @GetMapping("/")
    String home(Model model) {
        // "available" means what the search lists: the same listing, counted in full
        long available = directory.listedCount();
        model.addAttribute("counters", new Counters(available, mentorships.countRunning(), mentorships.countCompleted(), 0, 0));
        return "home";
    }
}

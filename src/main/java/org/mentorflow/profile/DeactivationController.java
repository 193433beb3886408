package org.mentorflow.profile;

import jakarta.servlet.http.HttpServletRequest;
import org.mentorflow.security.LoggedInParticipant;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deactivating an account: a page that says what happens, then a confirmed POST. The person is logged out, so
 * logging in again restores the account (the login calls {@link PeopleService#reactivate}).
 */
@Controller
class DeactivationController {

    private final LoggedInParticipant loggedIn;
    private final PeopleService people;
    private final OpenMentorships open;

    DeactivationController(LoggedInParticipant loggedIn, PeopleService people, OpenMentorships open) {
        this.loggedIn = loggedIn;
        this.people = people;
        this.open = open;
    }

    @GetMapping("/profile/deactivate")
    String confirm(HttpServletRequest request, Model model) {
        return loggedIn.page(request, model, person -> page(person, false, model));
    }

    @PostMapping("/profile/deactivate")
    String deactivate(@RequestParam(required = false) String confirm, HttpServletRequest request, Model model) {
        return loggedIn.page(request, model, person -> {
            if (confirm == null) {
                return page(person, true, model);
            }
            people.deactivate(person.getId());
            LoggedInParticipant.logOut(request);
            return "profile/deactivated";
        });
    }

    private String page(Person person, boolean notConfirmed, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("open", open.of(person));
        model.addAttribute("notConfirmed", notConfirmed);
        return "profile/deactivate";
    }
}

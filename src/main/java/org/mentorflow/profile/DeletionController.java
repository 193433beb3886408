package org.mentorflow.profile;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.mentorflow.security.LoggedInParticipant;
import org.mentorflow.certificates.CertificateService;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deleting an account: a page that says what goes and what the partners are told, then a POST that needs both
 * a ticked box and the password. The password proves it is the person at the keyboard, not someone at an
 * unlocked computer; the box, that they read what cannot be undone. Afterwards the session ends.
 */
@Controller
class DeletionController {

    private final LoggedInParticipant loggedIn;
    private final PeopleService people;
    private final AccountDeletion deletion;
    private final OpenMentorships open;
    private final CertificateService certificates;

    DeletionController(LoggedInParticipant loggedIn, PeopleService people, AccountDeletion deletion, OpenMentorships open,
            CertificateService certificates) {
        this.loggedIn = loggedIn;
        this.people = people;
        this.deletion = deletion;
        this.open = open;
        this.certificates = certificates;
    }

    @GetMapping("/profile/delete")
    String confirm(HttpServletRequest request, Model model) {
        return loggedIn.page(request, model, person -> page(person, List.of(), model));
    }

    @PostMapping("/profile/delete")
    String delete(@RequestParam(required = false) String confirm, @RequestParam(required = false) String password,
            HttpServletRequest request, Model model) {
        return loggedIn.page(request, model, person -> {
            List<String> problems = new ArrayList<>();
            if (confirm == null) {
                problems.add("profile.delete.error.confirm");
            }
            if (!people.checkPassword(person.getId(), password)) {
                problems.add("profile.delete.error.password");
            }
            if (!problems.isEmpty()) {
                return page(person, problems, model);
            }
            deletion.delete(person.getId());
            LoggedInParticipant.logOut(request);
            return "profile/goodbye";
        });
    }

    private String page(Person person, List<String> problems, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("open", open.of(person));
        model.addAttribute("certificates", certificates.of(person.getId()).size());
        model.addAttribute("problems", problems);
        return "profile/delete";
    }
}

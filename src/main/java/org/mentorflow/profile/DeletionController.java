package org.mentorflow.profile;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorflow.security.CurrentLogin;
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
 * unlocked computer; the box, that they read what cannot be undone. Someone logged in through the institution may
 * have no MentorFlow password: for them a login of the last ten minutes is the proof. Afterwards the session ends.
 */
@Controller
class DeletionController {

    /** How recent an institution's login must be to stand for the password. */
    static final Duration FRESH_LOGIN = Duration.ofMinutes(10);

    private final LoggedInParticipant loggedIn;
    private final CurrentLogin currentLogin;
    private final Clock clock;
    private final PeopleService people;
    private final AccountDeletion deletion;
    private final OpenMentorships open;
    private final CertificateService certificates;

    DeletionController(LoggedInParticipant loggedIn, CurrentLogin currentLogin, Clock clock, PeopleService people,
            AccountDeletion deletion, OpenMentorships open, CertificateService certificates) {
        this.loggedIn = loggedIn;
        this.currentLogin = currentLogin;
        this.clock = clock;
        this.people = people;
        this.deletion = deletion;
        this.open = open;
        this.certificates = certificates;
    }

    @GetMapping("/profile/delete")
    String confirm(HttpServletRequest request, Model model) {
        return loggedIn.page(request, model, person -> page(person, List.of(), request, model));
    }

    @PostMapping("/profile/delete")
    String delete(@RequestParam(required = false) String confirm, @RequestParam(required = false) String password,
            HttpServletRequest request, Model model) {
        return loggedIn.page(request, model, person -> {
            List<String> problems = new ArrayList<>();
            if (confirm == null) {
                problems.add("profile.delete.error.confirm");
            }
            Optional<Instant> institutional = currentLogin.institutionalLoginAt(request);
            if (institutional.isPresent()) {
                if (institutional.get().isBefore(clock.instant().minus(FRESH_LOGIN))) {
                    problems.add("profile.delete.error.login-again");
                }
            } else if (!people.checkPassword(person.getId(), password)) {
                problems.add("profile.delete.error.password");
            }
            if (!problems.isEmpty()) {
                return page(person, problems, request, model);
            }
            deletion.delete(person.getId());
            LoggedInParticipant.logOut(request);
            return "profile/goodbye";
        });
    }

    private String page(Person person, List<String> problems, HttpServletRequest request, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("open", open.of(person));
        model.addAttribute("certificates", certificates.of(person.getId()).size());
        model.addAttribute("problems", problems);
        model.addAttribute("institutional", currentLogin.institutionalLoginAt(request).isPresent());
        return "profile/delete";
    }
}

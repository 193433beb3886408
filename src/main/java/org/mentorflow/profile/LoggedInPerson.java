package org.mentorflow.profile;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Function;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.security.CurrentLogin;
import org.mentorflow.security.CurrentLogin.Login;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The profile pages are a person's own: without a login they send to /login, without a profile they say so. */
@Component
class LoggedInPerson {

    static final String LOGIN = "redirect:/login";

    private final CurrentLogin currentLogin;
    private final PeopleService people;

    LoggedInPerson(CurrentLogin currentLogin, PeopleService people) {
        this.currentLogin = currentLogin;
        this.people = people;
    }

    /** The page for the logged-in person, or where someone else belongs. */
    String page(HttpServletRequest request, Model model, Function<Person, String> page) {
        Optional<Login> login = currentLogin.of(request);
        if (login.isEmpty()) {
            return LOGIN;
        }
        Optional<Person> person = people.find(login.get().userId());
        if (person.isEmpty()) {
            model.addAttribute("userId", login.get().userId());
            return "portal/no-profile"; // an administrator without a MentorFlow profile
        }
        if (person.get().isDeleted()) {
            logOut(request); // a session on another device outlived the deletion
            return LOGIN;
        }
        return page.apply(person.get());
    }

    /** Ends the session: the login of the portal, Tasklist and Cockpit alike. */
    static void logOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            // no container login to end: the session below holds it
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}

package org.mentorflow.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Function;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The participant a personal portal page belongs to: the logged-in person's profile. A visitor goes to the
 * login form; someone logged in without a profile (an administrator) is told so.
 */
@Component
public class LoggedInParticipant {

    private static final String LOGIN = "redirect:/login";

    private final CurrentLogin currentLogin;
    private final PeopleService people;

    LoggedInParticipant(CurrentLogin currentLogin, PeopleService people) {
        this.currentLogin = currentLogin;
        this.people = people;
    }

    /** The logged-in participant, if the person is logged in and has a profile. */
    public Optional<Person> current(HttpServletRequest request) {
        return currentLogin.of(request).flatMap(login -> people.find(login.userId()));
    }

    /** The view for someone who is no participant: the page saying the login has no profile, or the login form. */
    public String turnAway(HttpServletRequest request, Model model) {
        return currentLogin.of(request).map(login -> {
            model.addAttribute("userId", login.userId());
            return "portal/no-profile";
        }).orElse(LOGIN);
    }

    /** The page for the logged-in participant, or where someone else belongs. */
    public String page(HttpServletRequest request, Model model, Function<Person, String> page) {
        return current(request).map(page).orElseGet(() -> turnAway(request, model));
    }

    /** Ends the session: the login of the portal, Tasklist and Cockpit alike. */
    public static void logOut(HttpServletRequest request) {
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

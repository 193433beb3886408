package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every portal page knows who is logged in, for the top bar's greeting and its log-in or log-out link. */
@ControllerAdvice
class LoginInPages {

    private final CurrentLogin currentLogin;
    private final PeopleService people;

    LoginInPages(CurrentLogin currentLogin, PeopleService people) {
        this.currentLogin = currentLogin;
        this.people = people;
    }

    /** The first name of the person logged in (their user name if they have no profile), or null. */
    @ModelAttribute("loggedInAs")
    String loggedInAs(HttpServletRequest request) {
        return currentLogin.of(request)
                .map(login -> people.find(login.userId()).map(Person::getFirstName).orElse(login.userId()))
                .orElse(null);
    }
}

package org.mentorflow.programme;

import jakarta.servlet.http.HttpServletRequest;
import org.mentorflow.people.Groups;
import org.mentorflow.security.CurrentLogin;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The top bar's "Programmes" leads coordinators to their admin area, everyone else to the public list. */
@ControllerAdvice
class ProgrammeNavigation {

    private final CurrentLogin currentLogin;

    ProgrammeNavigation(CurrentLogin currentLogin) {
        this.currentLogin = currentLogin;
    }

    @ModelAttribute("programmesLink")
    String programmesLink(HttpServletRequest request) {
        boolean coordinator = currentLogin.of(request).map(login -> login.groups().contains(Groups.COORDINATORS)).orElse(false);
        return coordinator ? "/coordinator/programmes" : "/programmes";
    }
}

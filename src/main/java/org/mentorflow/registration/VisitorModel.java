package org.mentorflow.registration;

import jakarta.servlet.http.HttpServletRequest;
import org.mentorflow.security.CurrentLogin;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether a visitor (nobody logged in) reads it: the top bar offers them "Register". */
@ControllerAdvice
class VisitorModel {

    private final CurrentLogin currentLogin;

    VisitorModel(CurrentLogin currentLogin) {
        this.currentLogin = currentLogin;
    }

    @ModelAttribute("visitor")
    boolean visitor(HttpServletRequest request) {
        return currentLogin.of(request).isEmpty();
    }
}

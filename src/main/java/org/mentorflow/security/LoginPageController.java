package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form, and what it says after a refused try (the name typed stays in the field). */
@Controller
class LoginPageController {

    private static final String LAST_NAME = LoginPageController.class.getName() + ".lastName";

    @GetMapping("/login")
    String loginForm(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("username", session == null ? "" : session.getAttribute(LAST_NAME));
        return "security/login";
    }

    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        request.getSession().setAttribute(LAST_NAME, request.getParameter("username"));
        String reason;
        if (failure instanceof LoginGate.TooManyFailedLogins locked) {
            reason = locked.asParameter();
        } else if (failure instanceof LoginGate.EmailNotConfirmed) {
            reason = "unconfirmed";
        } else {
            reason = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}

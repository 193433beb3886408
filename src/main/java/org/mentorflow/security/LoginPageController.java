package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form, the institution's button where single sign-on is on, and what the page says after a refused try
 * (the name typed stays in the field).
 */
@Controller
class LoginPageController {

    private static final String LAST_NAME = LoginPageController.class.getName() + ".lastName";

    private final InstitutionalLoginSettings sso;

    LoginPageController(InstitutionalLoginSettings sso) {
        this.sso = sso;
    }

    @GetMapping("/login")
    String loginForm(@RequestParam(name = "sso", required = false) String ssoRefusal, HttpServletRequest request,
            Locale locale, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("username", session == null ? "" : session.getAttribute(LAST_NAME));
        if (sso.enabled()) {
            model.addAttribute("institution", sso.displayName(locale));
            model.addAttribute("institutionLogin", "/oauth2/authorization/" + DiscoveredInstitution.REGISTRATION_ID);
        }
        if (ssoRefusal != null) {
            // only our own codes become a message key
            model.addAttribute("ssoRefusal", "login.sso." + InstitutionalLoginRefusal.Reason.ofCode(ssoRefusal).code());
        }
        return "security/login";
    }

    void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason;
        if (failure instanceof OAuth2AuthenticationException refused) {
            reason = "sso=" + InstitutionalLoginRefusal.Reason.ofCode(refused.getError().getErrorCode()).code();
        } else if (failure instanceof LoginGate.TooManyFailedLogins locked) {
            reason = locked.asParameter();
        } else if (failure instanceof LoginGate.EmailNotConfirmed) {
            reason = "unconfirmed";
        } else {
            reason = "error";
        }
        if (request.getParameter("username") != null) {
            request.getSession().setAttribute(LAST_NAME, request.getParameter("username"));
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}

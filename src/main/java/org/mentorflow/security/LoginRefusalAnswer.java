package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * How Camunda's login form and the REST API say no: one plain sentence in the caller's language (the portal's
 * own texts), 429 with Retry-After while the account is locked, 401 otherwise.
 */
@Component
class LoginRefusalAnswer {

    static final int TOO_MANY_REQUESTS = 429;

    private final MessageSource messages;

    LoginRefusalAnswer(MessageSource messages) {
        this.messages = messages;
    }

    void send(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        String sentence;
        if (refusal instanceof LoginGate.TooManyFailedLogins locked) {
            response.setStatus(TOO_MANY_REQUESTS);
            response.setHeader("Retry-After", Long.toString(locked.seconds()));
            sentence = locked.inMinutes() ? text(request, "login.locked", locked.minutes())
                    : text(request, "login.wait", locked.seconds());
        } else {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            sentence = text(request, refusal instanceof LoginGate.EmailNotConfirmed ? "login.unconfirmed"
                    : refusal instanceof LoginGate.AccountDeactivated ? "login.deactivated" : "login.failed");
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(sentence);
        response.getWriter().flush();
    }

    private String text(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, request.getLocale());
    }
}

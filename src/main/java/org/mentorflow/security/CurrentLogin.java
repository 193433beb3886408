package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is logged in, read from the Camunda webapps' session: logging into Tasklist or Cockpit also
 * logs the person into MentorFlow's own pages, with one session.
 */
@Component
public class CurrentLogin {

    public record Login(String userId, List<String> groups) {

        public boolean isCoordinator() {
            return groups.contains(Groups.COORDINATORS) || groups.contains(Groups.CAMUNDA_ADMIN);
        }
    }

    public Optional<Login> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || !authentications.hasAuthenticationForProcessEngine("default")) {
            return Optional.empty();
        }
        UserAuthentication user = (UserAuthentication) authentications.getAuthenticationForProcessEngine("default");
        return Optional.of(new Login(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds()));
    }
}

package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Camunda webapps (tasklist, cockpit, admin) the person logged in may open, for the portal's links to them.
 * Asked of the engine's application authorizations ({@link CamundaAccessSetup}), the same check Camunda makes at
 * the door, so a mentee is never shown a link that ends in "access denied". Visitors not logged in get Tasklist,
 * whose login leads every participant in.
 */
@ControllerAdvice
class CamundaAppsInPages {

    private static final List<String> APPS = List.of("tasklist", "cockpit", "admin");

    private final CurrentLogin currentLogin;
    private final AuthorizationService authorizations;

    CamundaAppsInPages(CurrentLogin currentLogin, AuthorizationService authorizations) {
        this.currentLogin = currentLogin;
        this.authorizations = authorizations;
    }

    // pages an exception handler renders have no such attribute; the layout then offers Tasklist only
    @ModelAttribute("camundaApps")
    Set<String> camundaApps(HttpServletRequest request) {
        return currentLogin.of(request)
                .map(login -> APPS.stream()
                        .filter(app -> authorizations.isUserAuthorized(login.userId(), login.groups(),
                                Permissions.ACCESS, Resources.APPLICATION, app))
                        .collect(Collectors.toSet()))
                .orElse(Set.of("tasklist"));
    }
}

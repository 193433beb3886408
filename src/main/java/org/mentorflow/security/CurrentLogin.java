package org.mentorflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is logged in: the portal's login, which is also the Camunda webapps' login (one session). */
@Component
public class CurrentLogin {

    public record Login(String userId, List<String> groups) {

        public boolean isCoordinator() {
            return groups.contains(Groups.COORDINATORS) || groups.contains(Groups.CAMUNDA_ADMIN);
        }
    }

    public Optional<Login> of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return Optional.of(new Login(authentication.getName(), groups));
    }
}

package org.mentorflow.security;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A person's Camunda groups as the portal login's authorities: one source of roles for both worlds. */
@Component
class GroupAuthorities {

    private final IdentityService identity;

    GroupAuthorities(IdentityService identity) {
        this.identity = identity;
    }

    /** A logged-in person with the groups the identity service holds for them now. */
    UsernamePasswordAuthenticationToken loginOf(String userId) {
        return loginOf(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    }

    static UsernamePasswordAuthenticationToken loginOf(String userId, Collection<String> groupIds) {
        List<SimpleGrantedAuthority> authorities = groupIds == null ? List.of()
                : groupIds.stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }
}

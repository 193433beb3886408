package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;

/**
 * Sessions live in the database (Spring Session JDBC), so every node reads what another wrote: what a session holds
 * is stored whole (each attribute serializable), and what Camunda's webapps change in it is stored again.
 */
class SessionInTheDatabaseTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Camunda sends everybody to its first-admin setup page while no administrator exists. */
    @BeforeEach
    void anAdministratorExists() {
        people.admin();
    }

    @Test
    void aLoginIsStoredWithEverythingItHolds() throws Exception {
        String mentee = people.mentee().getId();
        BrowserSession browser = BrowserSession.loggedIn(port, mentee, "secret");
        assertThat(browser.get("/my").statusCode()).isEqualTo(200);

        Map<String, Object> attributes = attributesOf(mentee);
        assertThat(attributes).containsKeys("SPRING_SECURITY_CONTEXT", "authenticatedUser");
        assertThat(((SecurityContext) attributes.get("SPRING_SECURITY_CONTEXT")).getAuthentication().getName()).isEqualTo(mentee);
        assertThat(((Authentications) attributes.get("authenticatedUser")).getAuthenticationForProcessEngine("default")
                .getName()).isEqualTo(mentee);
    }

    @Test
    void camundasCheckOfTheLoginIsStoredSoTheNextCallNeedNotRepeatIt() throws Exception {
        String mentee = people.mentee().getId();
        BrowserSession browser = BrowserSession.loggedIn(port, mentee, "secret");
        assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

        UserAuthentication camunda = (UserAuthentication) ((Authentications) attributesOf(mentee).get("authenticatedUser"))
                .getAuthenticationForProcessEngine("default");
        // Camunda's webapps set their login again after each call (AuthenticationFilter): stored, the check holds
        // for its five minutes on every node instead of being made again on each call of Tasklist's
        assertThat(camunda.getCacheValidationTime()).as("checked until").isNotNull();
        assertThat(camunda.getGroupIds()).isNotNull();
    }

    private Map<String, Object> attributesOf(String userId) throws IOException, ClassNotFoundException {
        List<Map<String, Object>> rows = jdbc.queryForList("select a.attribute_name, a.attribute_bytes"
                + " from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id"
                + " where s.principal_name = ?", userId);
        Map<String, Object> attributes = new java.util.HashMap<>();
        for (Map<String, Object> row : rows) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream((byte[]) row.get("attribute_bytes")))) {
                attributes.put((String) row.get("attribute_name"), in.readObject());
            }
        }
        return attributes;
    }
}

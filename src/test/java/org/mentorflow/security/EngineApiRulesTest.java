package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorflow.security.EngineApiRules.Rule.COORDINATORS;
import static org.mentorflow.security.EngineApiRules.Rule.FORM_FIELDS;
import static org.mentorflow.security.EngineApiRules.Rule.OPEN;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The engine API's paths as the guard sorts them, with and without the webapps' {@code engine/default/} prefix. */
class EngineApiRulesTest {

    @Test
    void tasklistsReadingQueriesAndTaskActionsStayOpen() {
        for (String prefix : new String[] {"", "engine/default/", "/engine/default/"}) {
            assertThat(EngineApiRules.of("POST", prefix + "filter/f1/list")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("POST", prefix + "process-instance")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("POST", prefix + "process-instance/count")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("POST", prefix + "history/task")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("POST", prefix + "history/task/count")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("GET", prefix + "task/t1/form-variables")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("GET", prefix + "task/t1/variables")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("GET", prefix + "process-definition/d1/xml")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("POST", prefix + "task/t1/claim")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("POST", prefix + "task/t1/comment/create")).isEqualTo(OPEN);
        }
    }

    @Test
    void completionsCarryFormFieldsOnly() {
        for (String action : new String[] {"complete", "submit-form", "resolve"}) {
            assertThat(EngineApiRules.of("POST", "engine/default/task/t1/" + action)).isEqualTo(FORM_FIELDS);
            assertThat(EngineApiRules.completedTask("engine/default/task/t1/" + action)).hasValue("t1");
        }
    }

    @Test
    void steeringAndAdministrationAreForCoordinators() {
        assertThat(EngineApiRules.of("POST", "job/j1/execute")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("GET", "incident")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("GET", "process-definition/d1/statistics")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "message")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "task/t1/variables/v/data")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("DELETE", "task/t1/localVariables/v")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "execution/e1/messageSubscriptions/m/trigger")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "process-instance/delete")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "deployment/create")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("DELETE", "history/process-instance/p1")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "history/process-instance/delete")).isEqualTo(COORDINATORS);
    }

    @Test
    void aFormsFieldsAreItsKeysAndAGroupsPath() {
        String form = """
                {"components": [{"type": "text", "text": "Hello"}, {"key": "decision", "type": "radio"},
                  {"type": "group", "components": [{"key": "comment.text", "type": "textfield"}]},
                  {"type": "group", "path": "address", "components": [{"key": "street", "type": "textfield"}]}]}""";

        assertThat(TaskFormFields.keys(form.getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder("decision", "comment", "address");
    }
}

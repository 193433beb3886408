package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorflow.security.EngineApiRules.Rule.ASSIGNMENT;
import static org.mentorflow.security.EngineApiRules.Rule.COMPLETION;
import static org.mentorflow.security.EngineApiRules.Rule.COORDINATORS;
import static org.mentorflow.security.EngineApiRules.Rule.OPEN;
import static org.mentorflow.security.EngineApiRules.Rule.STAFF_READ;
import static org.mentorflow.security.EngineApiRules.Rule.VARIABLE_VALUES;

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
            assertThat(EngineApiRules.of("GET", prefix + "process-definition/d1/xml")).isEqualTo(OPEN);
            assertThat(EngineApiRules.of("POST", prefix + "task/t1/comment/create")).isEqualTo(OPEN);
        }
    }

    @Test
    void completionsCarryFormFieldsOnly() {
        for (String action : new String[] {"complete", "submit-form", "resolve"}) {
            assertThat(EngineApiRules.of("POST", "engine/default/task/t1/" + action)).isEqualTo(COMPLETION);
            assertThat(EngineApiRules.taskOf("engine/default/task/t1/" + action)).hasValue("t1");
        }
    }

    @Test
    void whoTakesATaskIsAnAssignment() {
        for (String action : new String[] {"claim", "unclaim", "assignee", "delegate", "identity-links",
                "identity-links/delete"}) {
            assertThat(EngineApiRules.of("POST", "task/t1/" + action)).isEqualTo(ASSIGNMENT);
        }
        assertThat(EngineApiRules.of("PUT", "engine/default/task/t1")).isEqualTo(ASSIGNMENT);
        assertThat(EngineApiRules.of("GET", "task/t1/identity-links")).isEqualTo(OPEN);
    }

    @Test
    void variableValuesAreReadingsOfTheirOwn() {
        for (String read : new String[] {"task/t1/form-variables", "task/t1/variables", "task/t1/variables/v",
                "task/t1/localVariables", "task/t1/rendered-form", "process-instance/p1/variables",
                "execution/e1/localVariables", "variable-instance", "history/variable-instance",
                "history/variable-instance/v1/data", "history/detail"}) {
            assertThat(EngineApiRules.of("GET", read)).as(read).isEqualTo(VARIABLE_VALUES);
        }
        assertThat(EngineApiRules.of("POST", "variable-instance")).isEqualTo(VARIABLE_VALUES);
        assertThat(EngineApiRules.of("POST", "history/variable-instance/count")).isEqualTo(VARIABLE_VALUES);
        assertThat(EngineApiRules.of("POST", "history/detail")).isEqualTo(VARIABLE_VALUES);
    }

    @Test
    void cockpitsCountsJobsAndIncidentsAreStaffReading() {
        assertThat(EngineApiRules.of("GET", "incident")).isEqualTo(STAFF_READ);
        assertThat(EngineApiRules.of("GET", "process-definition/d1/statistics")).isEqualTo(STAFF_READ);
        assertThat(EngineApiRules.of("POST", "job")).isEqualTo(STAFF_READ);
        assertThat(EngineApiRules.of("POST", "job/count")).isEqualTo(STAFF_READ);
        assertThat(EngineApiRules.of("GET", "job/j1/stacktrace")).isEqualTo(STAFF_READ);
    }

    @Test
    void steeringAndAdministrationAreForCoordinators() {
        assertThat(EngineApiRules.of("POST", "job/j1/execute")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("PUT", "job/j1/retries")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "external-task/fetchAndLock")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("PUT", "incident/i1/annotation")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "message")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "task/t1/variables/v/data")).isEqualTo(COORDINATORS);
        assertThat(EngineApiRules.of("POST", "process-instance/p1/variables")).isEqualTo(COORDINATORS);
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

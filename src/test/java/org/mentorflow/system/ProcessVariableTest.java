package org.mentorflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Reading and writing a declared variable: null-safe, numbers converted, a wrong type named in plain words. */
class ProcessVariableTest {

    private static final ProcessVariable<Long> MENTORSHIP_ID = ProcessVariable.of("mentorshipId", Long.class);
    private static final ProcessVariable<Integer> DURATION = ProcessVariable.of("agreementDurationMonths", Integer.class);
    private static final ProcessVariable<String> DECISION = ProcessVariable.of("decision", String.class);
    private static final ProcessVariable<Boolean> HELD = ProcessVariable.of("finalMeetingHeld", Boolean.class);

    /** A step inside its process: the step's own variables (input parameters, task-local ones) and the process's. */
    private final Map<String, Object> process = new HashMap<>();
    private final Map<String, Object> step = new HashMap<>();
    private final VariableScope scope = scope(step, process);

    @Test
    void keepsItsNameForModelsFormsAndQueries() {
        assertThat(MENTORSHIP_ID.name()).isEqualTo("mentorshipId");
        assertThat(MENTORSHIP_ID.type()).isEqualTo(Long.class);
        assertThat(ProcessVariable.of("mentorshipId", Long.class)).isEqualTo(MENTORSHIP_ID);
    }

    @Test
    void readsTheValueWithItsTypeAndNullWhenAbsent() {
        process.put("mentorshipId", 42L);
        process.put("decision", "accept");

        assertThat(MENTORSHIP_ID.get(scope)).isEqualTo(42L);
        assertThat(DECISION.get(scope)).isEqualTo("accept");
        assertThat(HELD.get(scope)).isNull();
        assertThat(DURATION.get(scope)).isNull();
    }

    @Test
    void getLocalReadsOnlyTheStepsOwnValue() {
        process.put("decision", "accept");
        step.put("mail", "request-received");
        ProcessVariable<String> mail = ProcessVariable.of("mail", String.class);

        assertThat(mail.getLocal(scope)).isEqualTo("request-received");
        assertThat(mail.get(scope)).as("the step's value is seen from the step").isEqualTo("request-received");
        assertThat(DECISION.getLocal(scope)).as("the process's value is not the step's own").isNull();
        assertThat(DECISION.get(scope)).isEqualTo("accept");
    }

    @Test
    void convertsWholeNumbersTheEngineKeptAsAnotherType() {
        process.put("mentorshipId", 42);
        assertThat(MENTORSHIP_ID.get(scope)).isEqualTo(42L).isInstanceOf(Long.class);

        process.put("agreementDurationMonths", 6L); // a form's number field
        assertThat(DURATION.get(scope)).isEqualTo(6).isInstanceOf(Integer.class);

        process.put("agreementDurationMonths", 6.0d); // JSON numbers may come as doubles
        assertThat(DURATION.get(scope)).isEqualTo(6);

        process.put("agreementDurationMonths", (short) 9);
        assertThat(DURATION.get(scope)).isEqualTo(9);
    }

    @Test
    void aNumberThatIsNotWholeOrDoesNotFitIsAWrongType() {
        process.put("agreementDurationMonths", 6.5d);
        assertThatThrownBy(() -> DURATION.get(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Process variable 'agreementDurationMonths' holds a Double where an Integer is expected");

        process.put("agreementDurationMonths", Long.MAX_VALUE);
        assertThatThrownBy(() -> DURATION.get(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Process variable 'agreementDurationMonths' holds a Long where an Integer is expected");
    }

    @Test
    void aWrongTypeFailsNamingTheVariableAndBothTypesButNotTheValue() {
        process.put("mentorshipId", "Lena's mentorship");

        assertThatThrownBy(() -> MENTORSHIP_ID.get(scope)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Process variable 'mentorshipId' holds a String where a Long is expected")
                .hasMessageNotContaining("Lena");

        process.put("decision", 1L);
        assertThatThrownBy(() -> DECISION.get(scope))
                .hasMessage("Process variable 'decision' holds a Long where a String is expected");
        process.put("finalMeetingHeld", "true");
        assertThatThrownBy(() -> HELD.get(scope))
                .hasMessage("Process variable 'finalMeetingHeld' holds a String where a Boolean is expected");
    }

    @Test
    void holdsComparesWithoutFailingOnAWrongType() {
        process.put("decision", "accept");
        assertThat(DECISION.holds(scope, "accept")).isTrue();
        assertThat(DECISION.holds(scope, "decline")).isFalse();

        process.put("decision", 7L);
        assertThat(DECISION.holds(scope, "accept")).as("a number is no decision").isFalse();
        assertThat(HELD.holds(scope, true)).as("absent").isFalse();

        process.put("mentorshipId", 42);
        assertThat(MENTORSHIP_ID.holds(scope, 42L)).as("converted before comparing").isTrue();
    }

    @Test
    void writesWithTheDeclaredTypeAndName() {
        MENTORSHIP_ID.set(scope, 42L);
        ProcessVariable.of("candidateName", String.class).setLocal(scope, "Rita Example");
        assertThat(process).containsEntry("mentorshipId", 42L);
        assertThat(step).containsEntry("candidateName", "Rita Example").doesNotContainKey("mentorshipId");

        MENTORSHIP_ID.remove(scope);
        assertThat(process).doesNotContainKey("mentorshipId");

        VariableMap start = Variables.createVariables();
        MENTORSHIP_ID.put(start, 7L);
        ProcessVariable.of("meetingEndsAt", Date.class).put(start, new Date(0));
        assertThat(start).containsEntry("mentorshipId", 7L).containsEntry("meetingEndsAt", new Date(0));
        assertThat(MENTORSHIP_ID.from(start)).isEqualTo(7L);
        assertThat(DECISION.from(start)).isNull();
    }

    @Test
    void aDeclarationNeedsANameAndAWrapperType() {
        assertThatThrownBy(() -> ProcessVariable.of(" ", String.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcessVariable.of("meetingsHeld", long.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrapper");
        assertThatThrownBy(() -> ProcessVariable.of(null, String.class)).isInstanceOf(NullPointerException.class);
    }

    /**
     * The part of a VariableScope a declared variable uses, as the engine behaves: reading looks at the step first,
     * then at the process; setting changes the value where it is, else the process's.
     */
    private static VariableScope scope(Map<String, Object> local, Map<String, Object> parent) {
        return (VariableScope) Proxy.newProxyInstance(ProcessVariableTest.class.getClassLoader(),
                new Class<?>[] {VariableScope.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> local.containsKey((String) args[0]) ? local.get(args[0]) : parent.get(args[0]);
                    case "getVariableLocal" -> local.get(args[0]);
                    case "setVariable" -> local.containsKey((String) args[0]) ? local.put((String) args[0], args[1])
                            : parent.put((String) args[0], args[1]);
                    case "setVariableLocal" -> local.put((String) args[0], args[1]);
                    case "removeVariable" -> local.containsKey((String) args[0]) ? local.remove(args[0]) : parent.remove(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

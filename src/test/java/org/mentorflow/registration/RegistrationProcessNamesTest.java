package org.mentorflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The names {@link RegistrationProcess} declares are the models' own: an id renamed in the Modeler fails here, by
 * name, instead of quietly turning a test's {@code hasNotPassed(...)} into one that can never fail.
 */
class RegistrationProcessNamesTest {

    private static final List<BpmnModelInstance> MODELS = Stream.of("processes/registration.bpmn", "processes/alumni-access.bpmn")
            .map(file -> Bpmn.readModelFromFile(Path.of(file).toFile())).toList();

    @Test
    void everyDeclaredFlowNodeIdIsAFlowNodeOfRegistrationOrAlumniAccess() {
        Set<String> flowNodes = MODELS.stream().flatMap(model -> model.getModelElementsByType(FlowNode.class).stream())
                .map(FlowNode::getId).collect(Collectors.toSet());

        assertThat(declared("TASK_", "GATEWAY_", "START_", "END_", "BOUNDARY_", "TIMER_"))
                .isNotEmpty().allSatisfy(id -> assertThat(flowNodes).as("flow nodes of both models").contains(id));
    }

    @Test
    void everyDeclaredMessageIsOneTheModelsCatch() {
        Set<String> messages = MODELS.stream().flatMap(model -> model.getModelElementsByType(Message.class).stream())
                .map(Message::getName).collect(Collectors.toSet());

        assertThat(declared("MESSAGE_")).isNotEmpty().allSatisfy(name -> assertThat(messages).contains(name));
        assertThat(messages).as("and no message without a name here").allSatisfy(name -> assertThat(declared("MESSAGE_")).contains(name));
    }

    @Test
    void theKeysAreTheProcessIds() {
        Set<String> processes = MODELS.stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
                .map(Process::getId).collect(Collectors.toSet());

        assertThat(processes).containsExactlyInAnyOrder(RegistrationProcess.KEY, AlumniAccessProcess.KEY);
    }

    private static List<String> declared(String... prefixes) {
        return java.util.stream.Stream.of(RegistrationProcess.class, AlumniAccessProcess.class)
                .flatMap(names -> Arrays.stream(names.getDeclaredFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> Arrays.stream(prefixes).anyMatch(field.getName()::startsWith))
                .map(RegistrationProcessNamesTest::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

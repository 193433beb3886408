package org.mentorflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules for every model in processes/, checked on the files themselves (no engine): what a
 * coordinator reads in Cockpit, and what keeps a failing outside-world step visible instead of lost.
 */
class ProcessModelConventionsTest {

    /** Delegates that reach outside the engine's transaction: mail, and files (certificate PDFs). */
    private static final List<String> OUTSIDE_WORLD_DELEGATES = List.of("${sendMail}", "${issueCertificates}", "${sendRegistrationMail}");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyProcessKeepsItsHistoryForADefinedTime(Path file) {
        for (Process process : read(file).getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyStepHasAReadableNameAndAMeaningfulId(Path file) {
        for (FlowNode node : read(file).getModelElementsByType(FlowNode.class)) {
            assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
            assertThat(node.getId()).as("id of " + node.getName())
                    .doesNotMatch("^(Activity|Event|Gateway|Flow|StartEvent|EndEvent)_[0-9a-z]{7}$");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyOutsideWorldStepIsItsOwnTransactionWithRetries(Path file) {
        for (ServiceTask task : read(file).getModelElementsByType(ServiceTask.class)) {
            if (OUTSIDE_WORLD_DELEGATES.contains(task.getCamundaDelegateExpression())) {
                assertThat(task.isCamundaAsyncBefore()).as(task.getId() + " asyncBefore").isTrue();
                Collection<CamundaFailedJobRetryTimeCycle> retry = task.getExtensionElements()
                        .getChildElementsByType(CamundaFailedJobRetryTimeCycle.class);
                assertThat(retry).as(task.getId() + " retry cycle").hasSize(1);
                assertThat(retry.iterator().next().getTextContent()).matches("R\\d+/PT?\\d+[SMHD]");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskUsesAFormDeployedFromForms(Path file) throws IOException {
        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            Path form = Path.of("forms", task.getCamundaFormRef() + ".form");
            assertThat(form).as(task.getId() + " form").exists();
            assertThat(Files.readString(form)).contains("\"id\": \"" + task.getCamundaFormRef() + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementIsDrawnInTheDiagram(Path file) {
        BpmnModelInstance model = read(file);
        List<String> drawn = Stream.concat(
                model.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId()),
                model.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId())).toList();
        Stream.concat(model.getModelElementsByType(FlowNode.class).stream(),
                        model.getModelElementsByType(SequenceFlow.class).stream())
                .map(BaseElement::getId)
                .forEach(id -> assertThat(drawn).as("diagram of " + file).contains(id));
    }

    private static BpmnModelInstance read(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        return model;
    }
}

package org.mentorflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs after every other test (see junit-platform.properties) and reads the engine's history, which the
 * whole suite shares: every flow node of every model must have been reached by some test. The per-class
 * pictures are under target/process-test-coverage (camunda-process-test-coverage).
 */
@Order(Integer.MAX_VALUE)
class FlowNodeCoverageTest extends IntegrationTest {


    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;

    @Test
    void everyFlowNodeOfEveryModelIsWalkedByTheSuite() {
        TreeMap<String, List<String>> missing = new TreeMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            Set<String> reached = history.createHistoricActivityInstanceQuery()
                    .processDefinitionId(definition.getId()).list().stream()
                    .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).sorted().toList();
            List<String> notReached = nodes.stream().filter(node -> !reached.contains(node)).toList();
            System.out.printf("flow-node coverage %-10s %3d of %3d (%.0f %%)%n", definition.getKey(),
                    nodes.size() - notReached.size(), nodes.size(), 100.0 * (nodes.size() - notReached.size()) / nodes.size());
            if (!notReached.isEmpty()) {
                missing.put(definition.getKey(), notReached);
            }
        }
        assertThat(missing).as("flow nodes no test reaches").isEmpty();
    }
}

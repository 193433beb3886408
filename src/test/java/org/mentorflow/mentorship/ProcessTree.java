package org.mentorflow.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** What a coordinator finds of one mentorship in Cockpit and Tasklist: every instance under its business key. */
public final class ProcessTree {

    private ProcessTree() {
    }

    /** Every instance that ever ran for the mentorship: the mentorship itself and whatever it called. */
    public static List<HistoricProcessInstance> everInstances(ProcessInstance mentorship) {
        return historyService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(mentorship.getBusinessKey()).list();
    }

    /** Nothing of the mentorship is left running: no instance, task, job or event subscription. */
    public static void assertNothingLeft(ProcessInstance mentorship) {
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(mentorship.getBusinessKey()).list())
                .as("instances still running for mentorship " + mentorship.getBusinessKey()).isEmpty();
        assertThat(taskQuery().processInstanceBusinessKey(mentorship.getBusinessKey()).list()).as("open tasks").isEmpty();
        for (HistoricProcessInstance instance : everInstances(mentorship)) {
            assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).list())
                    .as("jobs of " + instance.getProcessDefinitionKey()).isEmpty();
            assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(instance.getId()).list())
                    .as("event subscriptions of " + instance.getProcessDefinitionKey()).isEmpty();
            assertThat(instance.getEndTime()).as(instance.getProcessDefinitionKey() + " ended").isNotNull();
        }
    }

    /** The running called instance of {@code key} below the mentorship (as Cockpit shows it under its parent). */
    public static List<ProcessInstance> called(ProcessInstance mentorship, String key) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(mentorship.getId())
                .processDefinitionKey(key).list();
    }
}

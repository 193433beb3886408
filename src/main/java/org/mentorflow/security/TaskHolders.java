package org.mentorflow.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Whose a task is: a participant's own step (the model assigns it to the mentee or mentor, no candidate group) or a
 * group's (a coordinators' task any member may claim). Asked as the engine, since the caller may not read the task.
 */
@Component
class TaskHolders {

    /** The task's assignee, its owner (who delegated it) and the groups it waits for. */
    record Holders(String assignee, String owner, List<String> candidateGroups) {

        /** A step the model gave one person: nobody else takes it or hands it on. */
        boolean isPersonalStep() {
            return candidateGroups.isEmpty();
        }

        boolean isFor(String userId, List<String> groups) {
            return userId.equals(assignee) || candidateGroups.stream().anyMatch(groups::contains);
        }
    }

    private final ProcessEngineConfigurationImpl engine;

    TaskHolders(ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    Optional<Holders> of(String taskId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            try {
                Task task = context.getProcessEngineConfiguration().getTaskService().createTaskQuery().taskId(taskId)
                        .singleResult();
                if (task == null) {
                    return Optional.<Holders>empty(); // the engine answers for a task that is not there
                }
                List<String> groups = context.getProcessEngineConfiguration().getTaskService()
                        .getIdentityLinksForTask(taskId).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(IdentityLink::getGroupId).toList();
                return Optional.of(new Holders(task.getAssignee(), task.getOwner(), groups));
            } finally {
                context.enableAuthorizationCheck();
            }
        });
    }
}

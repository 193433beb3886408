package org.mentorflow.coordinatormail;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;

/**
 * In immediate mode, one mail per new coordinator task to each member of its coordinators groups, queued in the
 * transaction that creates the task: the outbox sends after commit, so a task rolled back mails nobody.
 */
@Component
class ImmediateTaskMail {

    static final String TEMPLATE = "coordinator-task-waiting";

    private final CoordinatorMailSettings settings;
    private final CoordinatorGroups groups;
    private final WaitingTasks waiting;
    private final MailOutbox outbox;

    ImmediateTaskMail(CoordinatorMailSettings settings, CoordinatorGroups groups, WaitingTasks waiting, MailOutbox outbox) {
        this.settings = settings;
        this.groups = groups;
        this.waiting = waiting;
        this.outbox = outbox;
    }

    void taskCreated(DelegateTask task) {
        if (settings.mode() != CoordinatorMailMode.IMMEDIATE) {
            return;
        }
        Set<String> candidateGroups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        if (candidateGroups.isEmpty()) {
            return; // a participant's own task, or nobody's: not a coordinator task
        }
        WaitingTasks.Facts facts = waiting.of(task);
        for (Person coordinator : groups.membersOf(candidateGroups).keySet()) {
            WaitingTask described = waiting.describe(facts, coordinator.getLocale());
            outbox.queue("coordinator-task/" + task.getId() + "/" + coordinator.getId(), TEMPLATE, coordinator,
                    Map.of("recipient", coordinator, "task", described), described.name());
        }
    }
}

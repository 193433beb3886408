package org.mentorflow.coordinatormail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In daily mode, one mail a day to each coordinator listing every task waiting for them: unclaimed tasks of their
 * coordinators groups and those they claimed. Nothing waits, no mail. The outbox key names recipient and day, so a
 * retried step or a second run on the same day mails nobody twice.
 */
@Service
class CoordinatorTaskDigest {

    static final String TEMPLATE = "coordinator-task-digest";

    private final CoordinatorMailSettings settings;
    private final CoordinatorGroups groups;
    private final WaitingTasks waiting;
    private final TaskService tasks;
    private final MailOutbox outbox;
    private final Clock clock;

    CoordinatorTaskDigest(CoordinatorMailSettings settings, CoordinatorGroups groups, WaitingTasks waiting,
            TaskService tasks, MailOutbox outbox, Clock clock) {
        this.settings = settings;
        this.groups = groups;
        this.waiting = waiting;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues today's digests (today in the installation's zone); returns how many were queued now. */
    @Transactional(propagation = Propagation.MANDATORY)
    int mailToday() {
        if (settings.mode() != CoordinatorMailMode.DAILY) {
            return 0; // each task was mailed when it came
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        int queued = 0;
        for (Map.Entry<Person, Set<String>> coordinator : groups.everyCoordinator().entrySet()) {
            if (mail(coordinator.getKey(), coordinator.getValue(), today)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean mail(Person coordinator, Set<String> theirGroups, LocalDate day) {
        List<Task> theirs = tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(theirGroups)).includeAssignedTasks()
                .active().orderByTaskCreateTime().asc().list().stream()
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(coordinator.getId()))
                .toList();
        if (theirs.isEmpty()) {
            return false;
        }
        List<WaitingTask> described = theirs.stream()
                .map(task -> waiting.describe(waiting.of(task), coordinator.getLocale())).toList();
        return outbox.queue("coordinator-digest/" + coordinator.getId() + "/" + day, TEMPLATE, coordinator,
                Map.of("recipient", coordinator, "tasks", described), described.size());
    }
}

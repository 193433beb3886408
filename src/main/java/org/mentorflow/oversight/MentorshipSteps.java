package org.mentorflow.oversight;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.stereotype.Component;

/**
 * A mentorship's history from the engine: the steps of its process and of every process it called (agreement,
 * meetings, agreement changes), in the order they started. Reads historic activity instances, which stay when an
 * account is deleted (its historic tasks go, see profile.ProcessHistoryEraser), so the flow stays complete.
 */
@Component
class MentorshipSteps {

    /** More called processes than any real mentorship has; a bound, not a rule. */
    private static final int MAX_PROCESSES = 200;

    private final HistoryService history;

    MentorshipSteps(HistoryService history) {
        this.history = history;
    }

    /** The mentorship's own process instance, running or ended; empty for one the engine no longer knows. */
    Optional<HistoricProcessInstance> processOf(long mentorshipId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(MentorshipProcess.KEY)
                .processInstanceBusinessKey(Long.toString(mentorshipId)).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst();
    }

    List<Step> of(long mentorshipId) {
        List<Step> steps = new ArrayList<>();
        processOf(mentorshipId).ifPresent(root -> {
            for (String processInstanceId : treeOf(root.getId())) {
                history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                        .filter(MentorshipSteps::worthShowing).map(MentorshipSteps::step).forEach(steps::add);
            }
        });
        // stable: steps of one moment keep the order of the tree (the mentorship first) and of their occurrence
        steps.sort(Comparator.comparing(Step::started).thenComparing(Step::ended, Comparator.nullsLast(Comparator.naturalOrder())));
        return steps;
    }

    /** The process and those it called, and those they called. */
    private List<String> treeOf(String rootId) {
        List<String> tree = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>(List.of(rootId));
        while (!open.isEmpty() && tree.size() < MAX_PROCESSES) {
            String current = open.pop();
            tree.add(current);
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(current)
                    .orderByProcessInstanceStartTime().asc().list()
                    .forEach(child -> open.add(child.getId()));
        }
        return tree;
    }

    /** What a person did or what became of the mentorship; gateways, mails and timers are Cockpit's detail. */
    private static boolean worthShowing(HistoricActivityInstance activity) {
        String type = activity.getActivityType();
        return activity.getActivityName() != null && ("userTask".equals(type) || type.endsWith("EndEvent"));
    }

    private static Step step(HistoricActivityInstance activity) {
        boolean task = "userTask".equals(activity.getActivityType());
        return new Step(activity.getActivityName(), task, task ? activity.getAssignee() : null,
                activity.getStartTime().toInstant(), instant(activity.getEndTime()), activity.isCanceled());
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}

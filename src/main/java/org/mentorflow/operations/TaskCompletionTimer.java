package org.mentorflow.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.mentorflow.system.EveryUserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Times every user task from its creation to its completion, per process and task definition key
 * ({@code mentorflow.task.completion}): how long people take for each step. Buckets from an hour to a month, since
 * steps wait for people, not for the machine.
 */
@Component
class TaskCompletionTimer extends AbstractProcessEnginePlugin {

    static final String NAME = "mentorflow.task.completion";
    private static final Duration[] BUCKETS = {Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30)};

    // the registry comes after the engine: looked up at the first completion, not at start-up
    private final ObjectProvider<MeterRegistry> registry;
    private final Clock clock;

    TaskCompletionTimer(ObjectProvider<MeterRegistry> registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryUserTask.listen(configuration, this::completed, TaskListener.EVENTNAME_COMPLETE);
    }

    private void completed(DelegateTask task) {
        if (task.getCreateTime() == null) {
            return;
        }
        // the application's clock is the engine's, which stamped the creation time
        Duration waited = Duration.ofMillis(Math.max(0, clock.millis() - task.getCreateTime().getTime()));
        Timer.builder(NAME)
                .description("Time from a user task's creation to its completion")
                .tag("process", processKey(task))
                .tag("task", String.valueOf(task.getTaskDefinitionKey()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry.getObject())
                .record(waited);
    }

    private static String processKey(DelegateTask task) {
        ProcessDefinitionEntity definition = task instanceof TaskEntity entity ? entity.getProcessDefinition() : null;
        return definition == null ? "none" : definition.getKey();
    }
}

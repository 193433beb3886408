package org.mentorflow.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node's job executor runs (timers, asynchronous steps, retries): a node that should run jobs and does
 * not is not ready. A node switched to run none ({@code camunda.bpm.job-execution.enabled=false}) is ready as it is.
 * Replaces Camunda's own indicator of the same bean name, which exists only where job execution is enabled.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngine engine;
    private final boolean enabled;

    JobExecutorHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    public Health health() {
        return of(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor(), enabled);
    }

    static Health of(JobExecutor executor, boolean enabled) {
        if (!enabled) {
            return Health.up().withDetail("enabled", false).build();
        }
        Health.Builder health = executor != null && executor.isActive() ? Health.up() : Health.down();
        health.withDetail("enabled", true);
        if (executor != null) {
            health.withDetail("active", executor.isActive())
                    .withDetail("lockOwner", executor.getLockOwner())
                    .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition())
                    .withDetail("lockTimeInMillis", executor.getLockTimeInMillis());
        }
        return health.build();
    }
}

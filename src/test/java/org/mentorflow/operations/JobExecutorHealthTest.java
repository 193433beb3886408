package org.mentorflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** Readiness's job executor: up while it runs, down when it should run and does not, up where it is switched off. */
class JobExecutorHealthTest {

    @Test
    void upWhileRunningDownWhenStopped() {
        JobExecutor executor = new DefaultJobExecutor(); // serves no engine: acquires nothing
        assertThat(JobExecutorHealth.of(executor, true).getStatus()).isEqualTo(Status.DOWN);
        executor.start();
        try {
            assertThat(JobExecutorHealth.of(executor, true).getStatus()).isEqualTo(Status.UP);
            assertThat(JobExecutorHealth.of(executor, true).getDetails()).containsEntry("active", true);
        } finally {
            executor.shutdown();
        }
        assertThat(JobExecutorHealth.of(executor, true).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aNodeSwitchedToRunNoJobsIsReady() {
        assertThat(JobExecutorHealth.of(new DefaultJobExecutor(), false).getStatus()).isEqualTo(Status.UP);
        assertThat(JobExecutorHealth.of(null, true).getStatus()).isEqualTo(Status.DOWN);
    }
}

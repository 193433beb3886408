package org.mentorflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job executor's events reach Prometheus: the engine counts in the registry the plug-in gave it, and each count
 * goes on to a Micrometer counter. The tests run no job executor, so the events are marked as it would mark them.
 */
class JobExecutorCountersTest extends IntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void theEnginesJobEventsAreCountedInMicrometer() {
        MetricsRegistry engine = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getMetricsRegistry();
        double acquired = count("mentorflow.jobs.acquired");
        double failed = count("mentorflow.jobs.executed", "outcome", "failure");

        engine.markOccurrence(Metrics.JOB_ACQUIRED_SUCCESS, 3);
        engine.markOccurrence(Metrics.JOB_FAILED);
        engine.markOccurrence(Metrics.ACTIVTY_INSTANCE_START); // not a job executor's: no counter of ours

        assertThat(count("mentorflow.jobs.acquired")).isEqualTo(acquired + 3);
        assertThat(count("mentorflow.jobs.executed", "outcome", "failure")).isEqualTo(failed + 1);
        assertThat(engine.getDbMeterByName(Metrics.JOB_ACQUIRED_SUCCESS)).as("Camunda still counts it").isNotNull();
    }

    private double count(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}

package org.mentorflow.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The job executor's own counts as Prometheus counters: acquisition attempts, jobs acquired, jobs lost to another
 * node after acquiring them, jobs the executor's queue rejected, jobs run. Camunda counts them in its metrics
 * registry, which empties them into its database every 15 minutes; this registry counts each event on in Micrometer
 * as it happens, so the counters only grow, as Prometheus needs.
 */
@Component
class JobExecutorCounters extends AbstractProcessEnginePlugin {

    /** Camunda's event name, and the counter it feeds (name and tags). */
    static final Map<String, String[]> COUNTERS = Map.of(
            Metrics.JOB_ACQUISITION_ATTEMPT, new String[] {"mentorflow.jobs.acquisition.attempts"},
            Metrics.JOB_ACQUIRED_SUCCESS, new String[] {"mentorflow.jobs.acquired"},
            Metrics.JOB_ACQUIRED_FAILURE, new String[] {"mentorflow.jobs.acquired.lost"},
            Metrics.JOB_EXECUTION_REJECTED, new String[] {"mentorflow.jobs.rejected"},
            Metrics.JOB_SUCCESSFUL, new String[] {"mentorflow.jobs.executed", "outcome", "success"},
            Metrics.JOB_FAILED, new String[] {"mentorflow.jobs.executed", "outcome", "failure"});

    // the registry comes after the engine: looked up at the first event, not at start-up
    private final ObjectProvider<MeterRegistry> registry;

    JobExecutorCounters(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(new CountingRegistry(registry::getObject));
    }

    /** Camunda's registry, counting the job executor's events on in Micrometer too. */
    static class CountingRegistry extends MetricsRegistry {

        private final Supplier<MeterRegistry> meters;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        CountingRegistry(Supplier<MeterRegistry> meters) {
            this.meters = meters;
        }

        @Override
        public void markOccurrence(String name, long times) {
            super.markOccurrence(name, times);
            String[] counter = COUNTERS.get(name);
            if (counter != null) {
                counters.computeIfAbsent(name, event -> Counter.builder(counter[0])
                        .description("The job executor's " + event + " events")
                        .tags(java.util.Arrays.copyOfRange(counter, 1, counter.length))
                        .register(meters.get())).increment(times);
            }
        }
    }
}

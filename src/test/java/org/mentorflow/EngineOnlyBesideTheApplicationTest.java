package org.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.rest.spi.SpringBootProcessEngineProvider;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs the whole suite in one JVM, so the engine of the engine-only process tests lives beside the
 * application's. The application must not notice it: its REST API looks engines up in the static ProcessEngines
 * registry (through {@link SpringBootProcessEngineProvider}), its webapps in the BPM platform's engine service.
 */
class EngineOnlyBesideTheApplicationTest extends IntegrationTest {

    @Test
    void theApplicationsRestApiAndWebappsStillFindOnlyTheApplicationsEngine() {
        ProcessEngine engineOnly = EngineOnlyProcessTest.engine().getProcessEngine(); // built here if no such test ran yet

        SpringBootProcessEngineProvider restApi = new SpringBootProcessEngineProvider();
        assertThat(engineOnly).isNotSameAs(processEngine);
        assertThat(engineOnly.getName()).isNotEqualTo(processEngine.getName());
        assertThat(restApi.getDefaultProcessEngine()).isSameAs(processEngine);
        assertThat(restApi.getProcessEngineNames()).containsExactly(processEngine.getName());
        assertThat(BpmPlatform.getProcessEngineService().getProcessEngines()).containsExactly(processEngine);
        assertThat(engineOnly.getProcessEngineConfiguration().getJdbcUrl()).as("a database of its own").startsWith("jdbc:h2:mem:");
    }
}

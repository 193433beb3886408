package org.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorflow.registration.RegistrationSettings;

/**
 * What {@link EngineOnlyProcessTest} promises its subclasses: an engine of its own beside the application's, mocks
 * found by bean name and by method call, and a clock that every test finds at the present again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineOnlyEngineTest extends EngineOnlyProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = engine();

    private static final Instant FAR_AHEAD = Instant.parse("2031-01-01T00:00:00Z");

    // the small model of the mocks test
    private static final String MOCKS_KEY = "mocks";
    private static final String TASK_GREET = "Task_Greet";
    private static final String TASK_READ_SETTING = "Task_ReadSetting";
    private static final String TIMER_WAIT = "Timer_Wait";

    @Test
    void isAnInMemoryEngineWithFullHistoryWhoseJobsOnlyTestsRun() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(processEngine.getName()).isEqualTo(ENGINE_NAME).isNotEqualTo(ProcessEngines.NAME_DEFAULT);
        assertThat(configuration.getJdbcUrl()).startsWith("jdbc:h2:mem:");
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.isJobExecutorActivate()).isFalse();
        assertThat(configuration.getJobExecutor().isActive()).isFalse();
    }

    @Test
    void staysOutOfTheRegistryTheApplicationLooksEnginesUpIn() throws IOException {
        assertThat(ProcessEngines.getProcessEngines()).doesNotContainKey(ENGINE_NAME).doesNotContainValue(processEngine);
        assertThat(getClass().getClassLoader().getResources("camunda.cfg.xml").hasMoreElements())
                .as("ProcessEngines.init() would build an engine from a camunda.cfg.xml inside the Spring tests").isFalse();
    }

    @Test
    void resolvesMockedBeansByNameAndExpressionsThatCallTheirMethods() throws Exception {
        RegistrationSettings settings = mock(RegistrationSettings.class);
        when(settings.getVerificationExpiresAfter()).thenReturn("PT36H");
        when(settings.isAccessCodeRequired()).thenReturn(true);
        Mocks.register("registrationSettings", settings);
        List<Call> greetings = mockDelegate("greet");
        deploy(Bpmn.createExecutableProcess(MOCKS_KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask(TASK_GREET).camundaDelegateExpression("${greet}")
                .serviceTask(TASK_READ_SETTING).camundaExpression("${registrationSettings.isAccessCodeRequired()}")
                .camundaResultVariable("codeRequired")
                .intermediateCatchEvent(TIMER_WAIT).timerWithDuration("${registrationSettings.getVerificationExpiresAfter()}")
                .endEvent()
                .done());
        Instant start = Instant.parse("2026-04-06T08:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));

        ProcessInstance instance = runtimeService().startProcessInstanceByKey(MOCKS_KEY);

        assertThat(greetings).extracting(Call::step).containsExactly(TASK_GREET);
        assertThat(instance).isWaitingAt(TIMER_WAIT).variables().containsEntry("codeRequired", true);
        assertThat(job(TIMER_WAIT, instance)).hasDueDate(Date.from(start.plus(Duration.ofHours(36))));
        execute(job(TIMER_WAIT, instance));
        assertThat(instance).isEnded();
    }

    @Test
    @Order(1)
    void aTestMayMoveTheClockAndRegisterMocks() {
        ClockUtil.setCurrentTime(Date.from(FAR_AHEAD));
        mockDelegate("leftBehind");

        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(FAR_AHEAD);
        assertThat(Mocks.get("leftBehind")).isNotNull();
    }

    @Test
    @Order(2)
    void theNextTestFindsTheClockAtThePresentAndNoMocksLeft() {
        assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(Mocks.get("leftBehind")).isNull();
    }

    private void deploy(BpmnModelInstance model) {
        ENGINE.manageDeployment(repositoryService().createDeployment().addModelInstance(MOCKS_KEY + ".bpmn", model).deploy());
    }
}

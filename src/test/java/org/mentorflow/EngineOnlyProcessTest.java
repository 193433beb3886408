package org.mentorflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mentorflow.tasklist.FormsInEnglish;

/**
 * Base of the process tests where Spring adds nothing: the model, its forms and decisions on a plain in-memory
 * engine (H2, full history, no job executor; {@code engine-only.cfg.xml}), every delegate and listener
 * a Mockito mock registered under its bean name. Starts in well under a second, where {@link IntegrationTest}
 * needs the application with PostgreSQL. Each subclass registers the engine, with flow-node coverage drawn
 * under target/process-test-coverage, and deploys what it walks:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ProcessEngineCoverageExtension ENGINE = engine();
 *
 * &#64;Test
 * &#64;Deployment(resources = {"processes/registration.bpmn", ...})
 * </pre>
 *
 * The engine is built once per test JVM and lives beside the Spring engine of the other tests (surefire runs one
 * JVM): it has its own name and database and is kept out of {@link ProcessEngines}, the static registry the
 * application's REST API looks engines up in ({@code EngineOnlyBesideTheApplicationTest}). Deployments are removed
 * after each test, mocks forgotten, the engine clock reset.
 *
 * <p>The mentorship, meeting, amendment and agreement tests extend a sibling base,
 * {@link org.mentorflow.processes.EngineOnlyProcessTest}, with helpers of its own; it runs on this same engine
 * (same {@link #CONFIGURATION}, so Camunda's TestHelper builds it once per JVM). Merging the two bases is still to do.
 */
public abstract class EngineOnlyProcessTest {

    /**
     * The one configuration of every engine-only test, both bases. Not camunda.cfg.xml: ProcessEngines.init()
     * would build an engine from that inside the Spring tests too.
     */
    public static final String CONFIGURATION = "engine-only.cfg.xml";
    public static final String ENGINE_NAME = "engine-only-tests";

    protected ProcessEngine processEngine;

    /** The engine with flow-node coverage, for a subclass's {@code @RegisterExtension static} field. */
    protected static ProcessEngineCoverageExtension engine() {
        ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder(CONFIGURATION).build();
        ProcessEngine engine = extension.getProcessEngine();
        if (!ENGINE_NAME.equals(engine.getName())) {
            throw new IllegalStateException(CONFIGURATION + " must name its engine " + ENGINE_NAME + ", not " + engine.getName());
        }
        ProcessEngines.unregister(engine); // by name: the Spring engine ("default") stays registered
        return extension;
    }

    @BeforeEach
    void bindAssertionsToTheEngine(ProcessEngine engine) {
        processEngine = engine;
        BpmnAwareTests.init(engine);
        // the models choose their form by the reader's language through this bean; here every reader reads English
        Mocks.register("forms", FormsInEnglish.standIn());
    }

    @AfterEach
    void forgetMocksAndTheClock() {
        // Mocks is thread-local, and the Spring engine's expression manager asks it before its beans: a mock left
        // here would stand in for a delegate in the next Spring test on this thread (IntegrationTest resets too)
        Mocks.reset();
        ClockUtil.reset(); // the extension resets it too; said here, where a reader of the tests looks
        BpmnAwareTests.reset();
    }

    // --- mocks that remember what the model handed them ----------------------------------------------------------

    /**
     * One call of a mocked delegate or listener, as the execution or task looked at that moment: input parameters
     * and task-local variables exist only while the step runs, so a captor read afterwards would miss them.
     *
     * @param step     the activity the delegate ran for, or the task's definition key
     * @param event    the listener's event ("create", "complete"), null for a delegate
     * @param local    the variables local to the step (input parameters, task variables)
     * @param visible  every variable the step could read
     */
    protected record Call(String step, String event, Map<String, Object> local, Map<String, Object> visible) {
    }

    /** A mocked delegate registered under {@code beanName}, and the list of its calls. */
    protected static List<Call> mockDelegate(String beanName) {
        JavaDelegate delegate = mock(JavaDelegate.class, beanName);
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        try {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                calls.add(new Call(execution.getCurrentActivityId(), null, copy(execution.getVariablesLocal()),
                        copy(execution.getVariables())));
                return null;
            }).when(delegate).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Mocks.register(beanName, delegate);
        return calls;
    }

    /** A mocked task listener registered under {@code beanName}, and the list of its calls. */
    protected static List<Call> mockTaskListener(String beanName) {
        TaskListener listener = mock(TaskListener.class, beanName);
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        doAnswer(invocation -> {
            DelegateTask task = invocation.getArgument(0);
            calls.add(new Call(task.getTaskDefinitionKey(), task.getEventName(), copy(task.getVariablesLocal()),
                    copy(task.getVariables())));
            return null;
        }).when(listener).notify(any());
        Mocks.register(beanName, listener);
        return calls;
    }

    /** Map.copyOf refuses the null a variable may hold. */
    private static Map<String, Object> copy(Map<String, Object> variables) {
        return Collections.unmodifiableMap(new HashMap<>(variables));
    }

    /** A delegate registered under {@code beanName} that throws {@code problem} on every call until told otherwise. */
    protected static JavaDelegate failingDelegate(String beanName, String problem) {
        JavaDelegate delegate = mock(JavaDelegate.class, beanName);
        try {
            doThrow(new IllegalStateException(problem)).when(delegate).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Mocks.register(beanName, delegate);
        return delegate;
    }

    // --- what a test asks the engine --------------------------------------------------------------------------------

    /** Jobs of the instance that the job executor would pick up at the engine clock's present. */
    protected static long dueJobs(ProcessInstance instance) {
        return jobQuery().processInstanceId(instance.getId()).executable().count();
    }

    /** How often the instance completed the activity (loops pass some twice). */
    protected static long passes(ProcessInstance instance, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }

    /** The values a radio field of the task's form offers, read from the form deployed with the model. */
    protected static List<String> formOffers(Task task, String fieldKey) {
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            JsonNode components = new ObjectMapper().readTree(form).get("components");
            JsonNode field = StreamSupport.stream(components.spliterator(), false)
                    .filter(component -> fieldKey.equals(component.path("key").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("The form of " + task.getTaskDefinitionKey() + " has no field " + fieldKey));
            return StreamSupport.stream(field.path("values").spliterator(), false).map(value -> value.get("value").asText()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

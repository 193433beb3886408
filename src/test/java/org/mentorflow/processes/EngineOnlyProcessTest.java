package org.mentorflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mentorflow.tasklist.FormsInEnglish;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Base of the engine-only process tests, one class per model (MentorshipPathsTest, MeetingPathsTest, ...): the
 * model, what it calls and its forms run on a standalone in-memory engine (src/test/resources/engine-only.cfg.xml, H2),
 * every bean it names ({@code ${sendMail}}, {@code ${recordRequestOutcome.record(execution, 'EXPIRED')}}, ...) is a
 * Mockito mock registered with {@link Mocks}. No Spring, no PostgreSQL: each test walks one path in milliseconds.
 * What the beans do stays the business of the Spring-based tests.
 *
 * <p>The class's {@link Deployment @Deployment} names the model and its forms; the engine deploys them before each
 * test, removes them after it, and then finds its database empty. When every test of a class ran and passed, every
 * flow node of its model must have been walked (see {@link #everyFlowNodeWalked}).
 *
 * <p>Surefire runs these in the JVM of the Spring-based tests, so they take nothing of theirs and leave nothing
 * behind: their engine has its own name and database and stays out of {@link ProcessEngines} (the REST API lists,
 * and camunda-bpm-assert falls back to, what is registered there); camunda-bpm-assert's engine of the thread is
 * unbound, {@link ClockUtil} and {@link Mocks} are reset after each test.
 *
 * <p>The registration and alumni-access tests extend a sibling base, {@link org.mentorflow.EngineOnlyProcessTest},
 * with helpers of its own. Both run on one engine: this class builds it from the sibling's
 * {@link org.mentorflow.EngineOnlyProcessTest#CONFIGURATION CONFIGURATION}, and Camunda's TestHelper keeps one engine
 * per configuration resource. Merging the two bases is still to do.
 */
public abstract class EngineOnlyProcessTest {

    private static final String SEND_MAIL = "sendMail";

    /** Flow nodes each test class has walked, per process definition key, and the tests that passed. */
    private static final Map<Class<?>, Map<String, Set<String>>> WALKED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Set<String>> TESTS_PASSED = new ConcurrentHashMap<>();

    /**
     * The engine is built once per JVM (TestHelper keeps it per configuration resource, shared with the sibling base).
     * A coverage extension, because the configuration's coverage listeners need one to hand them their collector.
     * Static, so its class-level callbacks run for each subclass; being static it is registered before, and its
     * after-test callback (which removes the deployment) runs after, {@link #rememberWalkedNodes}.
     */
    @RegisterExtension
    @Order(1)
    static final ProcessEngineCoverageExtension ENGINE = engineOnlyEngine();

    private static ProcessEngineCoverageExtension engineOnlyEngine() {
        ProcessEngineCoverageExtension extension =
                ProcessEngineCoverageExtension.builder(org.mentorflow.EngineOnlyProcessTest.CONFIGURATION).build();
        extension.ensureCleanAfterTest(true);
        return extension;
    }

    /** Runs before the engine extension removes the test's deployment with its history. */
    @RegisterExtension
    @Order(2)
    final AfterTestExecutionCallback rememberWalkedNodes = context -> {
        Map<String, Set<String>> walked = WALKED.computeIfAbsent(getClass(), test -> new ConcurrentHashMap<>());
        for (HistoricActivityInstance node : historyService().createHistoricActivityInstanceQuery().list()) {
            walked.computeIfAbsent(node.getProcessDefinitionKey(), key -> new TreeSet<>()).add(node.getActivityId());
        }
        if (context.getExecutionException().isEmpty()) {
            TESTS_PASSED.computeIfAbsent(getClass(), test -> new TreeSet<>()).add(context.getRequiredTestMethod().getName());
        }
    };

    private final List<Call> calls = new ArrayList<>();

    /** One call of a mocked bean: at which step (task, event, gateway) and with which input (its local variables). */
    protected record Call(String bean, String step, Map<String, Object> input) {
    }

    /** What {@code ${sendMail}} was asked to send: at which step, which mail, to whom. */
    protected record Mail(String step, String mail, String to) {
    }

    @BeforeEach
    void bindAssertionsToTheEngineOnlyEngine() {
        ProcessEngine processEngine = ENGINE.getProcessEngine();
        // building it registered it; the Spring tests' REST API and camunda-bpm-assert must see theirs alone
        ProcessEngines.unregister(processEngine);
        BpmnAwareTests.init(processEngine);
        // the models choose their form by the reader's language through this bean; here every reader reads English
        Mocks.register("forms", FormsInEnglish.standIn());
    }

    @AfterEach
    void leaveTheJvmAsFound() {
        BpmnAwareTests.reset();
        Mocks.reset();
        ClockUtil.reset();
    }

    /** Deploys {@code model} beside the class's {@code @Deployment} (a stub of a called model); it is removed after the test like that. */
    protected final void deployAlso(String resourceName, BpmnModelInstance model) {
        ENGINE.manageDeployment(repositoryService().createDeployment().name(resourceName).addModelInstance(resourceName, model).deploy());
    }

    // mocked beans

    /** {@code ${name}} as a delegate (service, send and business rule tasks, throw events); {@code doing} acts for it. */
    protected final JavaDelegate delegate(String name, JavaDelegate doing) {
        JavaDelegate delegate = mock(JavaDelegate.class, name);
        try {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                remember(name, execution.getCurrentActivityId(), execution.getVariablesLocal());
                doing.execute(execution);
                return null;
            }).when(delegate).execute(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Mocks.register(name, delegate);
        return delegate;
    }

    protected final JavaDelegate delegate(String name) {
        return delegate(name, execution -> {
        });
    }

    /** {@code ${name}} as a task listener; {@code doing} acts for it. */
    protected final TaskListener taskListener(String name, TaskListener doing) {
        TaskListener listener = mock(TaskListener.class, name);
        doAnswer(invocation -> {
            DelegateTask task = invocation.getArgument(0);
            remember(name, task.getTaskDefinitionKey(), task.getVariablesLocal());
            doing.notify(task);
            return null;
        }).when(listener).notify(any());
        Mocks.register(name, listener);
        return listener;
    }

    protected final TaskListener taskListener(String name) {
        return taskListener(name, task -> {
        });
    }

    /** {@code ${name}} as an execution listener (an event's end, a flow's take). */
    protected final ExecutionListener executionListener(String name) {
        ExecutionListener listener = mock(ExecutionListener.class, name);
        try {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                remember(name, execution.getCurrentActivityId(), execution.getVariablesLocal());
                return null;
            }).when(listener).notify(any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Mocks.register(name, listener);
        return listener;
    }

    /** A bean the model calls methods of ({@code ${mentorshipDates.plannedEnd(mentorshipId)}}): stub and verify it with Mockito. */
    protected static <T> T bean(String name, Class<T> type) {
        T bean = mock(type, name);
        Mocks.register(name, bean);
        return bean;
    }

    /** The step's local variables are gone once it ended, so a call is remembered while it runs. */
    private void remember(String bean, String step, Map<String, Object> input) {
        calls.add(new Call(bean, step, new HashMap<>(input)));
    }

    /** Every call of the mocked {@code bean}, in order. */
    protected final List<Call> callsOf(String bean) {
        return calls.stream().filter(call -> call.bean().equals(bean)).toList();
    }

    /** Where the mocked {@code bean} ran, in order. */
    protected final List<String> stepsOf(String bean) {
        return callsOf(bean).stream().map(Call::step).toList();
    }

    /** The input the mocked {@code bean} had at {@code step} (it must have run there once). */
    protected final Map<String, Object> inputOf(String bean, String step) {
        List<Call> there = callsOf(bean).stream().filter(call -> step.equals(call.step())).toList();
        assertThat(there).as(bean + " at " + step).hasSize(1);
        return there.get(0).input();
    }

    /** The mails {@code ${sendMail}} was asked to send, in order. */
    protected final List<Mail> mailsSent() {
        return callsOf(SEND_MAIL).stream()
                .map(call -> new Mail(call.step(), (String) call.input().get("mail"), (String) call.input().get("to"))).toList();
    }

    protected static Mail mail(String step, String mail, String to) {
        return new Mail(step, mail, to);
    }

    // time

    protected static void clockAt(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    protected static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * The timer's time has come: the engine clock moves a second past its due date and the job runs, as the job
     * executor would run it (none runs here). Not exactly at the due date: a cycle would then find its fired
     * date still ahead and fire it once more.
     */
    protected static void fire(Job timer) {
        assertThat(timer).as("timer").isNotNull();
        Date due = Date.from(timer.getDuedate().toInstant().plusSeconds(1));
        if (due.after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(due);
        }
        execute(timer);
    }

    // tasks

    /** The open task {@code key} of the instance; Tasklist finds its form in the deployment (formRef, binding deployment). */
    protected static Task taskAt(ProcessInstance instance, String key) {
        Task task = taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            assertThat(form).as("form of " + key).isNotNull();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return task;
    }

    // coverage

    /**
     * Prints how many flow nodes of each model in the class's {@code @Deployment} its tests walked, and fails the
     * class when all its tests ran and passed and some node was never reached: a new path needs its test.
     */
    @AfterAll
    static void everyFlowNodeWalked(TestInfo info) {
        Class<?> test = info.getTestClass().orElseThrow();
        Deployment deployment = AnnotationSupport.findAnnotation(test, Deployment.class).orElse(null);
        if (deployment == null) {
            return;
        }
        Map<String, Set<String>> walked = WALKED.getOrDefault(test, Map.of());
        List<String> problems = new ArrayList<>();
        for (String resource : Arrays.stream(deployment.resources()).filter(name -> name.endsWith(".bpmn")).toList()) {
            BpmnModelInstance model = Bpmn.readModelFromStream(resource(resource));
            for (Process process : model.getModelElementsByType(Process.class)) {
                List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().filter(node -> processOf(node) == process)
                        .map(FlowNode::getId).sorted().toList();
                List<String> missing = nodes.stream().filter(node -> !walked.getOrDefault(process.getId(), Set.of()).contains(node)).toList();
                System.out.printf("engine-only flow-node coverage %-10s %3d of %3d%s%n", process.getId(), nodes.size() - missing.size(),
                        nodes.size(), missing.isEmpty() ? "" : ", not walked: " + missing);
                if (!missing.isEmpty()) {
                    problems.add(process.getId() + " " + missing);
                }
            }
        }
        long tests = AnnotationSupport.findAnnotatedMethods(test, Testable.class, HierarchyTraversalMode.TOP_DOWN)
                .stream().map(Method::getName).distinct().count();
        WALKED.remove(test);
        Set<String> passed = TESTS_PASSED.remove(test);
        if (passed != null && passed.size() == tests) {
            assertThat(problems).as("flow nodes no test of " + test.getSimpleName() + " walks").isEmpty();
        }
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        return parent == null || parent instanceof Process ? (Process) parent : processOf(parent);
    }

    private static InputStream resource(String name) {
        InputStream stream = EngineOnlyProcessTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(stream).as(name).isNotNull();
        return stream;
    }
}

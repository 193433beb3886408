package org.mentorflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.TasklistForms;

/**
 * The house rules for every model in processes/, checked on the files themselves (no engine): what a
 * coordinator reads in Cockpit, and what keeps a failing outside-world step visible instead of lost.
 */
class ProcessModelConventionsTest {

    /** Delegates that reach outside the engine's transaction: mail, and files (certificate PDFs). */
    private static final List<String> OUTSIDE_WORLD_DELEGATES = List.of("${sendMail}", "${issueCertificates}", "${sendRegistrationMail}",
            "${sendSurveyMail}", "${sendCohortMail}", "${mailCoordinatorDigest}");

    /** Delegates that send mail: their steps are send tasks, so the diagram shows an envelope. */
    private static final List<String> MAIL_DELEGATES = List.of("${sendMail}", "${sendRegistrationMail}", "${sendSurveyMail}",
            "${sendCohortMail}", "${mailCoordinatorDigest}");

    /** How a model names a task's form: the English form's id, chosen per reader by the bean "forms". */
    private static final Pattern FORM_IN_READERS_LANGUAGE = Pattern.compile("\\$\\{forms\\.inLanguageOf\\(task, '([a-z-]+)'\\)}");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyProcessKeepsItsHistoryForADefinedTime(Path file) {
        for (Process process : read(file).getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyStepHasAReadableNameAndAMeaningfulId(Path file) {
        for (FlowNode node : read(file).getModelElementsByType(FlowNode.class)) {
            assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
            assertThat(node.getId()).as("id of " + node.getName())
                    .doesNotMatch("^(Activity|Event|Gateway|Flow|StartEvent|EndEvent)_[0-9a-z]{7}$");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyOutsideWorldStepIsItsOwnTransactionWithRetries(Path file) {
        List<String> problems = new ArrayList<>();
        for (Task task : read(file).getModelElementsByType(Task.class)) {
            String delegate = delegateExpression(task);
            if (delegate == null || !OUTSIDE_WORLD_DELEGATES.contains(delegate)) {
                continue;
            }
            if (!task.isCamundaAsyncBefore()) {
                problems.add(task.getId() + " (" + delegate + ") is not asyncBefore");
            }
            Collection<CamundaFailedJobRetryTimeCycle> retry = task.getExtensionElements() == null ? List.of()
                    : task.getExtensionElements().getChildElementsByType(CamundaFailedJobRetryTimeCycle.class);
            if (retry.size() != 1) {
                problems.add(task.getId() + " (" + delegate + ") has " + retry.size() + " retry cycles, not one");
            } else if (!retry.iterator().next().getTextContent().matches("R\\d+/PT?\\d+[SMHD]")) {
                problems.add(task.getId() + " retry cycle '" + retry.iterator().next().getTextContent() + "' is not like R3/PT5M");
            }
        }
        assertThat(problems).as(file + ": outside-world steps without their own transaction and retries").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyMailStepIsASendTask(Path file) {
        List<String> problems = read(file).getModelElementsByType(ServiceTask.class).stream()
                .filter(task -> MAIL_DELEGATES.contains(task.getCamundaDelegateExpression()))
                .map(task -> task.getId() + " sends mail (" + task.getCamundaDelegateExpression() + ") but is a service task")
                .toList();
        assertThat(problems).as(file + ": mail steps that are not send tasks").isEmpty();
    }

    /** Credits follow credit-points.dmn: the diagram shows them as a decision (the table icon), not as code. */
    @ParameterizedTest
    @MethodSource("models")
    void everyCreditAwardIsABusinessRuleTask(Path file) {
        List<String> problems = read(file).getModelElementsByType(ServiceTask.class).stream()
                .filter(task -> "${awardCredits}".equals(task.getCamundaDelegateExpression()))
                .map(task -> task.getId() + " awards credits but is a service task")
                .toList();
        assertThat(problems).as(file + ": credit awards that are not business rule tasks").isEmpty();
    }

    /** Every user task names its form in the reader's language the one way, and the form exists in every language. */
    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskUsesAFormDeployedFromFormsInEveryLanguage(Path file) throws IOException {
        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            Matcher formRef = FORM_IN_READERS_LANGUAGE.matcher(String.valueOf(task.getCamundaFormRef()));
            assertThat(formRef.matches()).as(task.getId() + " formRef " + task.getCamundaFormRef() + " is like "
                    + FORM_IN_READERS_LANGUAGE.pattern()).isTrue();
            for (Locale language : TaskLanguage.LANGUAGES) {
                String id = TasklistForms.id(formRef.group(1), language);
                Path form = Path.of("forms", id + ".form");
                assertThat(form).as(task.getId() + " form in " + language).exists();
                assertThat(Files.readString(form)).contains("\"id\": \"" + id + "\"");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementIsDrawnInTheDiagram(Path file) {
        BpmnModelInstance model = read(file);
        Set<String> shapes = new HashSet<>();
        Set<String> edges = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            shapes.add(shape.getBpmnElement().getId());
            if (shape.getBounds() == null) {
                problems.add("shape " + shape.getId() + " of " + shape.getBpmnElement().getId() + " has no bounds");
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            edges.add(edge.getBpmnElement().getId());
            if (edge.getWaypoints().size() < 2) {
                problems.add("edge " + edge.getId() + " of " + edge.getBpmnElement().getId() + " has fewer than two waypoints");
            }
        }
        model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId)
                .filter(id -> !shapes.contains(id)).forEach(id -> problems.add(id + " has no shape"));
        model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId)
                .filter(id -> !edges.contains(id)).forEach(id -> problems.add(id + " has no edge"));
        assertThat(problems).as(file + ": elements missing from the diagram").isEmpty();
    }

    /** As Camunda Modeler writes them: an event's, a gateway's and a named flow's label has its own bounds. */
    @ParameterizedTest
    @MethodSource("models")
    void everyExternalLabelHasBounds(Path file) {
        BpmnModelInstance model = read(file);
        List<String> problems = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            if ((element instanceof Event || element instanceof Gateway) && isNamed(element) && labelBounds(shape) == null) {
                problems.add(element.getId() + " (\"" + name(element) + "\")");
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() instanceof SequenceFlow flow && isNamed(flow) && labelBounds(edge) == null) {
                problems.add(flow.getId() + " (\"" + flow.getName() + "\")");
            }
        }
        assertThat(problems).as(file + ": named events, gateways and flows without label bounds").isEmpty();
    }

    /**
     * Event, gateway and flow labels stay off tasks, call activities and collapsed subprocesses (touching is fine).
     * Each diagram plane is checked on its own: a collapsed subprocess's content is drawn in a plane of its own.
     */
    @ParameterizedTest
    @MethodSource("models")
    void noLabelLiesOnATask(Path file) {
        BpmnModelInstance model = read(file);
        Map<ModelElementInstance, List<Box>> activities = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof Activity && !isContainer(shape))
                .collect(Collectors.groupingBy(ModelElementInstance::getParentElement, Collectors.mapping(Box::of, Collectors.toList())));
        List<String> problems = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            checkLabel(shape.getBpmnElement(), labelBounds(shape), activities.getOrDefault(shape.getParentElement(), List.of()), problems);
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            checkLabel(edge.getBpmnElement(), labelBounds(edge), activities.getOrDefault(edge.getParentElement(), List.of()), problems);
        }
        assertThat(problems).as(file + ": labels on top of a task, call activity or collapsed subprocess").isEmpty();
    }

    /** A flow may start and end on the border of its own source and target, and touch other borders; no more. */
    @ParameterizedTest
    @MethodSource("models")
    void noFlowRunsThroughAShape(Path file) {
        BpmnModelInstance model = read(file);
        Map<ModelElementInstance, List<Box>> shapesByPlane = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof FlowNode && !isContainer(shape))
                .collect(Collectors.groupingBy(ModelElementInstance::getParentElement, Collectors.mapping(Box::of, Collectors.toList())));
        List<String> problems = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
                continue;
            }
            List<Box> shapes = shapesByPlane.getOrDefault(edge.getParentElement(), List.of());
            List<Waypoint> points = List.copyOf(edge.getWaypoints());
            for (int i = 1; i < points.size(); i++) {
                Waypoint a = points.get(i - 1);
                Waypoint b = points.get(i);
                for (Box shape : shapes) {
                    if (shape.id().equals(flow.getSource().getId()) || shape.id().equals(flow.getTarget().getId())) {
                        continue;
                    }
                    if (shape.crossedBy(a.getX(), a.getY(), b.getX(), b.getY())) {
                        problems.add(String.format(Locale.ROOT, "%s segment %d (%.0f,%.0f)-(%.0f,%.0f) runs through %s",
                                flow.getId(), i, a.getX(), a.getY(), b.getX(), b.getY(), shape.id()));
                    }
                }
            }
        }
        assertThat(problems).as(file + ": sequence flows through other shapes").isEmpty();
    }

    private static void checkLabel(BaseElement element, Bounds label, List<Box> activities, List<String> problems) {
        if (label == null) {
            return;
        }
        Box box = new Box(element.getId() + " label", label.getX(), label.getY(), label.getWidth(), label.getHeight(), Box.Kind.RECTANGLE);
        activities.stream().filter(activity -> !activity.id().equals(element.getId()) && activity.overlaps(box))
                .forEach(activity -> problems.add("label of " + element.getId() + " lies on " + activity.id()));
    }

    /** A shape as drawn: tasks and subprocesses are rectangles, events circles, gateways diamonds. */
    private record Box(String id, double x, double y, double width, double height, Kind kind) {

        enum Kind { RECTANGLE, CIRCLE, DIAMOND }

        /** Less than this inside a border still counts as touching it. */
        private static final double TOUCH = 1.0;

        static Box of(BpmnShape shape) {
            Bounds b = shape.getBounds();
            BaseElement element = shape.getBpmnElement();
            Kind kind = element instanceof Event ? Kind.CIRCLE : element instanceof Gateway ? Kind.DIAMOND : Kind.RECTANGLE;
            return new Box(element.getId(), b.getX(), b.getY(), b.getWidth(), b.getHeight(), kind);
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }

        /** Whether the segment from (x1,y1) to (x2,y2) enters this shape's interior. */
        boolean crossedBy(double x1, double y1, double x2, double y2) {
            double cx = x + width / 2;
            double cy = y + height / 2;
            return switch (kind) {
                case RECTANGLE -> clips(x1, y1, x2, y2, x + TOUCH, y + TOUCH, x + width - TOUCH, y + height - TOUCH);
                case CIRCLE -> distanceToSegment(cx, cy, x1, y1, x2, y2) < width / 2 - TOUCH;
                case DIAMOND -> {
                    // |dx|/a + |dy|/b is piecewise linear along the segment: its minimum is at an end or where dx or dy is 0
                    double a = width / 2;
                    double b = height / 2;
                    double least = Double.MAX_VALUE;
                    List<Double> ts = new ArrayList<>(List.of(0.0, 1.0));
                    if (x2 != x1) ts.add((cx - x1) / (x2 - x1));
                    if (y2 != y1) ts.add((cy - y1) / (y2 - y1));
                    for (double t : ts) {
                        if (t < 0 || t > 1) continue;
                        double px = x1 + t * (x2 - x1);
                        double py = y1 + t * (y2 - y1);
                        least = Math.min(least, Math.abs(px - cx) / a + Math.abs(py - cy) / b);
                    }
                    yield least < 1 - TOUCH / Math.min(a, b);
                }
            };
        }

        /** Liang-Barsky: does the segment meet the rectangle [left,right] x [top,bottom]? */
        private static boolean clips(double x1, double y1, double x2, double y2, double left, double top, double right, double bottom) {
            double t0 = 0;
            double t1 = 1;
            double dx = x2 - x1;
            double dy = y2 - y1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) return false;
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);
                    if (t0 > t1) return false;
                }
            }
            return true;
        }

        private static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
            return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
        }
    }

    /** Expanded subprocesses contain other shapes and flows: they are frames, not obstacles. */
    private static boolean isContainer(BpmnShape shape) {
        return shape.getBpmnElement() instanceof SubProcess && shape.isExpanded();
    }

    private static Bounds labelBounds(BpmnShape shape) {
        return shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
    }

    private static Bounds labelBounds(BpmnEdge edge) {
        return edge.getBpmnLabel() == null ? null : edge.getBpmnLabel().getBounds();
    }

    private static boolean isNamed(BaseElement element) {
        String name = name(element);
        return name != null && !name.isBlank();
    }

    private static String name(BaseElement element) {
        return element instanceof FlowElement flowElement ? flowElement.getName() : null;
    }

    private static String delegateExpression(Task task) {
        if (task instanceof ServiceTask service) {
            return service.getCamundaDelegateExpression();
        }
        if (task instanceof SendTask send) {
            return send.getCamundaDelegateExpression();
        }
        return null;
    }

    private static BpmnModelInstance read(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        return model;
    }
}

package org.mentorflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Camunda 7 element templates in .camunda/element-templates, which Camunda Modeler offers a coordinator
 * for the project's own steps: each one loads in the Modeler, names a delegate bean that exists, offers exactly
 * the input parameters that delegate reads, and offers only choices the application knows (mail templates,
 * attachment sources, feedback occasions, credit events). The steps already in processes/ must fit their template,
 * so applying it to one of them loses nothing. Plain files, no Spring, no engine.
 */
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of(".camunda/element-templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path PROCESSES = Path.of("processes");

    private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /** Binding types of the Camunda 7 template schema, and the field types each allows. */
    private static final Map<String, Set<String>> FIELD_TYPES_BY_BINDING = Map.of(
            "property", Set.of("String", "Text", "Hidden", "Dropdown", "Boolean"),
            "camunda:property", Set.of("String", "Hidden", "Dropdown"),
            "camunda:inputParameter", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:outputParameter", Set.of("String", "Hidden", "Dropdown"),
            "camunda:in", Set.of("String", "Hidden", "Dropdown"),
            "camunda:in:businessKey", Set.of("String", "Hidden", "Dropdown"),
            "camunda:out", Set.of("String", "Hidden", "Dropdown"),
            "camunda:executionListener", Set.of("Hidden"),
            "camunda:field", Set.of("String", "Text", "Hidden", "Dropdown"),
            "camunda:errorEventDefinition", Set.of("String", "Hidden", "Dropdown"));

    private static final Pattern COMPONENT = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
    /** A variable as a class declares it: {@code ProcessVariable<String> MAIL = ProcessVariable.of("mail", String.class)}. */
    private static final Pattern DECLARES = Pattern.compile("ProcessVariable<\\w+> (\\w+) = ProcessVariable\\.of\\(\"(\\w+)\"");
    /** Reading the step's own value of a declared variable: an input parameter ({@code MAIL.getLocal(execution)}). */
    private static final Pattern READS_LOCAL = Pattern.compile("\\b(\\w+)\\.getLocal\\(");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One template, as read from its file. */
    record Template(Path file, JsonNode json) {

        String id() {
            return json.path("id").asText();
        }

        Stream<JsonNode> properties() {
            return StreamSupport.stream(json.path("properties").spliterator(), false);
        }

        Optional<JsonNode> bound(String bindingType, String name) {
            return properties().filter(p -> bindingType.equals(p.path("binding").path("type").asText())
                    && name.equals(p.path("binding").path("name").asText())).findFirst();
        }

        /** "sendMail" for a template that sets camunda:delegateExpression to ${sendMail}. */
        String delegateBean() {
            String expression = bound("property", "camunda:delegateExpression")
                    .map(p -> p.path("value").asText()).orElse("");
            Matcher bean = Pattern.compile("^\\$\\{(\\w+)}$").matcher(expression);
            assertThat(bean.matches()).as(id() + " sets camunda:delegateExpression to ${bean}, not '" + expression + "'").isTrue();
            return bean.group(1);
        }

        Set<String> inputNames() {
            return properties().filter(p -> "camunda:inputParameter".equals(p.path("binding").path("type").asText()))
                    .map(p -> p.path("binding").path("name").asText()).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        List<String> choices(String inputName) {
            JsonNode input = bound("camunda:inputParameter", inputName)
                    .orElseThrow(() -> new AssertionError(id() + " offers no input '" + inputName + "'"));
            List<String> values = new ArrayList<>();
            input.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
            assertThat(values).as(id() + ": choices of " + inputName).isNotEmpty();
            return values;
        }

        @Override
        public String toString() {
            return file.getFileName() + " (" + id() + ")";
        }
    }

    static List<Template> templates() {
        List<Template> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode json = JSON.readTree(file.toFile());
                // a descriptor file holds one template or a list of them
                if (json.isArray()) {
                    json.forEach(template -> templates.add(new Template(file, template)));
                } else {
                    templates.add(new Template(file, json));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    private static Template template(String id) {
        return templates().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no element template " + id + " in " + TEMPLATES));
    }

    @Test
    void theModelerFindsTheProjectsTemplatesEachUnderItsOwnId() {
        List<String> ids = templates().stream().map(Template::id).toList();
        assertThat(ids).contains("org.mentorflow.send-mail", "org.mentorflow.award-credits");
        assertThat(ids).as("template ids").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateHasWhatTheModelerNeeds(Template template) {
        JsonNode json = template.json();
        assertThat(json.path("$schema").asText()).as(template + " $schema").isEqualTo(SCHEMA);
        assertThat(json.path("id").asText()).as(template + " id").matches("org\\.mentorflow\\.[a-z-]+");
        assertThat(json.path("name").asText()).as(template + " name").isNotBlank();
        assertThat(json.path("description").asText()).as(template + " description, for the coordinator").isNotBlank();
        assertThat(json.path("appliesTo").isArray() && !json.path("appliesTo").isEmpty()).as(template + " appliesTo").isTrue();
        json.path("appliesTo").forEach(type -> assertThat(type.asText()).as(template + " appliesTo").matches("bpmn:[A-Z]\\w+"));
        assertThat(json.path("properties").isArray() && !json.path("properties").isEmpty()).as(template + " properties").isTrue();

        template.properties().forEach(property -> {
            JsonNode binding = property.path("binding");
            String bindingType = binding.path("type").asText();
            String what = template + " property " + binding;
            assertThat(FIELD_TYPES_BY_BINDING).as(what + ": a Camunda 7 binding type").containsKey(bindingType);
            if (Set.of("property", "camunda:property", "camunda:inputParameter", "camunda:field").contains(bindingType)) {
                assertThat(binding.path("name").asText()).as(what + " binding name").isNotBlank();
            }
            String type = property.path("type").asText();
            assertThat(FIELD_TYPES_BY_BINDING.get(bindingType)).as(what + " field type").contains(type);
            if (type.equals("Hidden")) {
                assertThat(property.has("value")).as(what + ": a hidden field needs its value").isTrue();
            } else {
                assertThat(property.path("label").asText()).as(what + " label").isNotBlank();
                assertThat(property.path("description").asText()).as(what + " description").isNotBlank();
            }
            if (type.equals("Dropdown")) {
                List<String> values = new ArrayList<>();
                property.path("choices").forEach(choice -> {
                    assertThat(choice.path("name").asText()).as(what + " choice name").isNotBlank();
                    assertThat(choice.path("value").isTextual()).as(what + " choice value").isTrue();
                    values.add(choice.path("value").asText());
                });
                assertThat(values).as(what + " choices").isNotEmpty().doesNotHaveDuplicates();
                assertThat(values).as(what + ": its default is one of its choices").contains(property.path("value").asText());
            }
            JsonNode pattern = property.path("constraints").path("pattern");
            if (!pattern.isMissingNode()) {
                String regex = pattern.isTextual() ? pattern.asText() : pattern.path("value").asText();
                assertThat(property.path("value").asText()).as(what + ": its default passes its own pattern").matches(regex);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateNamesADelegateBeanThatExists(Template template) {
        assertThat(components()).as(template + ": a @Component(\"" + template.delegateBean() + "\") under " + SOURCES)
                .containsKey(template.delegateBean());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateOffersExactlyTheInputsItsDelegateReads(Template template) {
        Path delegate = components().get(template.delegateBean());
        assertThat(delegate).as(template + " delegate class").isNotNull();
        String source = source(delegate);
        Map<String, String> declared = new HashMap<>();
        Matcher declarations = DECLARES.matcher(source);
        while (declarations.find()) {
            declared.put(declarations.group(1), declarations.group(2));
        }
        // the delegate declares its inputs itself and reads them from the step
        Set<String> read = new LinkedHashSet<>();
        Matcher reads = READS_LOCAL.matcher(source);
        while (reads.find()) {
            assertThat(declared).as(delegate.getFileName() + " declares " + reads.group(1)).containsKey(reads.group(1));
            read.add(declared.get(reads.group(1)));
        }
        assertThat(read).as(delegate + " reads input parameters").isNotEmpty();
        assertThat(template.inputNames()).as(template + " inputs, as read by " + delegate.getFileName())
                .containsExactlyInAnyOrderElementsOf(read);
    }

    @Test
    void everyMailOnOfferIsARealMailInBothLanguagesAndBothFormats() throws IOException {
        // a feature's mails may take their subjects from its own bundle in i18n/ (surveys, cohort, ...)
        Properties english = messagesWithFeatureBundles("");
        Properties german = messagesWithFeatureBundles("_de");
        for (String id : List.of("org.mentorflow.send-mail", "org.mentorflow.send-registration-mail",
                "org.mentorflow.send-survey-mail")) {
            for (String mail : template(id).choices("mail")) {
                Path mails = RESOURCES.resolve("templates/mail");
                assertThat(mails.resolve(mail + ".html")).as(id + " mail " + mail).exists();
                assertThat(mails.resolve(mail + ".txt")).as(id + " mail " + mail).exists();
                // MailComposer takes the subject from mail.NAME.subject; layout fragments have none
                assertThat(english).as(id + " mail " + mail + " subject").containsKey("mail." + mail + ".subject");
                assertThat(german).as(id + " mail " + mail + " German subject").containsKey("mail." + mail + ".subject");
            }
        }
    }

    @Test
    void mentorshipMailsAndRegistrationMailsAreOfferedApart() {
        // sendMail needs a mentorship, sendRegistrationMail a registration: neither can send the other's mails
        assertThat(template("org.mentorflow.send-mail").choices("mail"))
                .doesNotContainAnyElementsOf(template("org.mentorflow.send-registration-mail").choices("mail"))
                .doesNotContain("chat-unread");
        // sendSurveyMail needs a programme and a survey: it offers only the survey mails, which no other offers
        assertThat(template("org.mentorflow.send-survey-mail").choices("mail")).allMatch(mail -> mail.startsWith("survey-"))
                .doesNotContainAnyElementsOf(template("org.mentorflow.send-mail").choices("mail"))
                .doesNotContainAnyElementsOf(template("org.mentorflow.send-registration-mail").choices("mail"));
    }

    @Test
    void everyAttachmentOnOfferIsAnAttachmentSourceBean() {
        for (String attach : template("org.mentorflow.send-mail").choices("attach")) {
            if (attach.isEmpty()) {
                continue;
            }
            Path source = components().get(attach);
            assertThat(source).as("attachment '" + attach + "': a @Component(\"" + attach + "\")").isNotNull();
            assertThat(source(source)).as(source + " is a MailAttachmentSource").contains("implements MailAttachmentSource");
        }
    }

    @Test
    void everyFeedbackOccasionOnOfferHasItsFormIntroduction() throws IOException {
        Properties english = messages("messages.properties");
        Properties german = messages("messages_de.properties");
        for (String occasion : template("org.mentorflow.send-mail").choices("feedback")) {
            if (!occasion.isEmpty()) {
                // templates/feedback/form.html opens with feedback.intro.OCCASION
                assertThat(english).as("feedback occasion " + occasion).containsKey("feedback.intro." + occasion);
                assertThat(german).as("feedback occasion " + occasion + ", German").containsKey("feedback.intro." + occasion);
            }
        }
    }

    @Test
    void everyCreditEventOnOfferIsARowOfTheCreditPointsDecision() throws Exception {
        Set<String> events = creditEvents();
        assertThat(events).as("events in credit-points.dmn").isNotEmpty();
        assertThat(events).as("events in credit-points.dmn, for the choices of Award credits").containsAll(template("org.mentorflow.award-credits").choices("event"));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyStepOfTheModelsThatUsesTheDelegateFitsItsTemplate(Template template) throws IOException {
        String delegate = "${" + template.delegateBean() + "}";
        Set<String> appliesTo = new HashSet<>();
        template.json().path("appliesTo").forEach(type -> appliesTo.add(type.asText()));
        int steps = 0;
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                for (Activity step : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Activity.class)) {
                    if (!delegate.equals(step.getAttributeValueNs(CAMUNDA_NS, "delegateExpression"))) {
                        continue;
                    }
                    steps++;
                    String where = file.getFileName() + " " + step.getId();
                    assertThat(appliesTo).as(where + ": " + template + " applies to its element type")
                            .contains(moddleType(step.getElementType().getTypeName()));
                    Map<String, String> inputs = inputParameters(step);
                    assertThat(template.inputNames()).as(where + ": applying " + template + " would drop these inputs")
                            .containsAll(inputs.keySet());
                    template.properties()
                            .filter(p -> "camunda:inputParameter".equals(p.path("binding").path("type").asText()))
                            .forEach(property -> assertFits(where, property, inputs.get(property.path("binding").path("name").asText())));
                }
            }
        }
        if (template.id().equals("org.mentorflow.send-mail") || template.id().equals("org.mentorflow.award-credits")
                || template.id().equals("org.mentorflow.send-survey-mail")) {
            assertThat(steps).as("steps in " + PROCESSES + " that use " + delegate).isPositive();
        }
    }

    /** "serviceTask" in the XML is "bpmn:ServiceTask" in a template's appliesTo. */
    private static String moddleType(String xmlName) {
        return "bpmn:" + Character.toUpperCase(xmlName.charAt(0)) + xmlName.substring(1);
    }

    /** The value a model gives an input is one the template's field can show and keep. */
    private static void assertFits(String where, JsonNode property, String value) {
        String name = property.path("binding").path("name").asText();
        String shown = value == null ? "" : value;
        if (property.path("constraints").path("notEmpty").asBoolean()) {
            assertThat(shown).as(where + " input " + name).isNotBlank();
        }
        if (property.path("type").asText().equals("Dropdown")) {
            List<String> values = new ArrayList<>();
            property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
            assertThat(values).as(where + " input " + name + " = '" + shown + "': a choice of the template").contains(shown);
        }
        JsonNode pattern = property.path("constraints").path("pattern");
        if (!pattern.isMissingNode() && !shown.isEmpty()) {
            String regex = pattern.isTextual() ? pattern.asText() : pattern.path("value").asText();
            assertThat(shown).as(where + " input " + name + ": the template's pattern").matches(regex);
        }
    }

    private static Map<String, String> inputParameters(Activity step) {
        Map<String, String> inputs = new HashMap<>();
        ExtensionElements extensions = step.getExtensionElements();
        if (extensions != null) {
            for (CamundaInputOutput io : extensions.getElementsQuery().filterByType(CamundaInputOutput.class).list()) {
                for (CamundaInputParameter input : io.getCamundaInputParameters()) {
                    inputs.put(input.getCamundaName(), input.getTextContent().strip());
                }
            }
        }
        return inputs;
    }

    /** The values of the "event" column of the decision creditPoints, without their quotes. */
    private static Set<String> creditEvents() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document dmn = factory.newDocumentBuilder().parse(PROCESSES.resolve("credit-points.dmn").toFile());
        NodeList inputs = dmn.getElementsByTagNameNS("*", "input");
        int eventColumn = -1;
        for (int i = 0; i < inputs.getLength(); i++) {
            Element expression = (Element) ((Element) inputs.item(i)).getElementsByTagNameNS("*", "inputExpression").item(0);
            if (expression.getTextContent().strip().equals("event")) {
                eventColumn = i;
            }
        }
        assertThat(eventColumn).as("credit-points.dmn has an input column 'event'").isNotNegative();
        Set<String> events = new HashSet<>();
        NodeList rules = dmn.getElementsByTagNameNS("*", "rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element entry = (Element) ((Element) rules.item(i)).getElementsByTagNameNS("*", "inputEntry").item(eventColumn);
            events.add(entry.getTextContent().strip().replaceAll("^\"|\"$", ""));
        }
        return events;
    }

    /** Bean name to source file, for every class under src/main/java named with @Component("..."). */
    private static Map<String, Path> components() {
        Map<String, Path> components = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher component = COMPONENT.matcher(source(file));
                while (component.find()) {
                    components.put(component.group(1), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return components;
    }

    private static String source(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** messages{suffix}.properties with every feature bundle i18n/NAME{suffix}.properties added. */
    private static Properties messagesWithFeatureBundles(String suffix) throws IOException {
        Properties all = messages("messages" + suffix + ".properties");
        try (Stream<Path> bundles = Files.list(RESOURCES.resolve("i18n"))) {
            for (Path bundle : bundles.sorted().toList()) {
                String name = bundle.getFileName().toString();
                boolean german = name.endsWith("_de.properties");
                if (name.endsWith(".properties") && german == suffix.equals("_de")) {
                    all.putAll(messages("i18n/" + name));
                }
            }
        }
        return all;
    }

    private static Properties messages(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(bundle))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

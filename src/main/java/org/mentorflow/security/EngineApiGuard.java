package org.mentorflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.mentorflow.people.Groups;
import org.mentorflow.system.ForbiddenStepException;
import org.mentorflow.system.StepRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The entry of both engine REST apps (/engine-rest and the webapps' engine API that Tasklist calls): a participant's
 * task completion carries only its form's fields (ids and decisions that steer a process are never a person's to
 * send); a mentee's or mentor's own step is theirs (no coordinator takes it or hands it on, only an administrator);
 * analysts read but see no variable values; and what {@link EngineApiRules} keeps for coordinators is refused
 * before the engine runs any of it (a refused job execution would otherwise still cost the job a retry). Jersey applies it before matching a
 * resource (matching alone already queries the engine for a definition by key) and after Camunda's authentication
 * filters, so the engine knows who calls, by session or HTTP Basic alike.
 * Refusals reach the caller as Camunda's error body with a plain sentence ({@link org.mentorflow.system.RefusalAnswer}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class EngineApiGuard implements ContainerRequestFilter {

    static final String COORDINATORS_ONLY = "engine-api.coordinators-only";
    static final String ANALYSTS_READ_ONLY = "engine-api.analysts-read-only";
    static final String NO_VARIABLE_VALUES = "engine-api.no-variable-values";
    static final String PERSONAL_STEP = "engine-api.personal-step";
    static final String NOT_A_FORM_FIELD = "engine-api.not-a-form-field";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who calls, by the widest of their groups. */
    enum Caller { PARTICIPANT, ANALYST, COORDINATOR, ADMIN }

    @Context
    private ServletContext servletContext;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        EngineApiRules.Rule rule = EngineApiRules.of(request.getMethod(), path);
        if (rule == EngineApiRules.Rule.OPEN) {
            return;
        }
        WebApplicationContext application = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        Authentication authentication = application.getBean(ProcessEngine.class).getIdentityService().getCurrentAuthentication();
        Caller caller = callerOf(authentication);
        if (caller == Caller.ADMIN) {
            return;
        }
        MessageSource messages = application.getBean(MessageSource.class);
        switch (rule) {
            case COORDINATORS -> {
                if (caller != Caller.COORDINATOR) {
                    throw forbidden(messages, caller == Caller.ANALYST ? ANALYSTS_READ_ONLY : COORDINATORS_ONLY);
                }
            }
            case STAFF_READ -> {
                if (caller == Caller.PARTICIPANT) {
                    throw forbidden(messages, COORDINATORS_ONLY);
                }
            }
            case VARIABLE_VALUES -> {
                // an analyst who is also a participant still reads their own task's form
                if (caller == Caller.ANALYST && !ownTask(application, path, authentication)) {
                    throw forbidden(messages, NO_VARIABLE_VALUES);
                }
            }
            case ASSIGNMENT -> {
                // Tasklist updates a task's dates by PUT with the whole task: only a changed holder is refused
                Optional<TaskHolders.Holders> step = personalStep(application, path);
                if (step.isPresent() && (!"PUT".equals(request.getMethod()) || changesHolders(request, step.get()))) {
                    throw forbidden(messages, PERSONAL_STEP);
                }
            }
            case COMPLETION -> {
                if (caller == Caller.COORDINATOR) {
                    // a coordinator takes the group's tasks, never a mentee's or mentor's own decision
                    if (personalStep(application, path).filter(step -> !step.isFor(authentication.getUserId(),
                            authentication.getGroupIds())).isPresent()) {
                        throw forbidden(messages, PERSONAL_STEP);
                    }
                    return;
                }
                onlyFormFields(application, messages, request, path);
            }
            default -> throw new IllegalStateException("no decision for " + rule);
        }
    }

    private static Caller callerOf(Authentication caller) {
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return Caller.ADMIN;
        }
        if (groups.contains(Groups.COORDINATORS)) {
            return Caller.COORDINATOR;
        }
        return groups.contains(Groups.ANALYSTS) ? Caller.ANALYST : Caller.PARTICIPANT;
    }

    private static ForbiddenStepException forbidden(MessageSource messages, String key) {
        return new ForbiddenStepException(key, new Object[0], messages.getMessage(key, null, Locale.ENGLISH));
    }

    /** Whose the task the call is about is, if it names one that exists. */
    private static Optional<TaskHolders.Holders> holders(WebApplicationContext application, String path) {
        return EngineApiRules.taskOf(path).flatMap(application.getBean(TaskHolders.class)::of);
    }

    private static Optional<TaskHolders.Holders> personalStep(WebApplicationContext application, String path) {
        return holders(application, path).filter(TaskHolders.Holders::isPersonalStep);
    }

    private static boolean ownTask(WebApplicationContext application, String path, Authentication caller) {
        return holders(application, path).filter(holders -> caller.getUserId().equals(holders.assignee())).isPresent();
    }

    private static boolean changesHolders(ContainerRequestContext request, TaskHolders.Holders holders) throws IOException {
        JsonNode task = body(request);
        return changes(task, "assignee", holders.assignee()) || changes(task, "owner", holders.owner());
    }

    private static boolean changes(JsonNode task, String field, String current) {
        if (!task.has(field)) {
            return false;
        }
        String sent = task.get(field).isNull() ? null : task.get(field).asText();
        return !java.util.Objects.equals(sent, current);
    }

    /** A participant's completion carries only the keys of the task's form. */
    private static void onlyFormFields(WebApplicationContext application, MessageSource messages,
            ContainerRequestContext request, String path) throws IOException {
        Set<String> sent = submittedVariables(request);
        if (sent.isEmpty()) {
            return;
        }
        String taskId = EngineApiRules.taskOf(path).orElseThrow();
        Set<String> fields = application.getBean(TaskFormFields.class).of(taskId);
        sent.removeAll(fields);
        if (!sent.isEmpty()) {
            Object[] arguments = {String.join(", ", sent)};
            throw new StepRefusedException(NOT_A_FORM_FIELD, arguments,
                    messages.getMessage(NOT_A_FORM_FIELD, arguments, Locale.ENGLISH));
        }
    }

    /** The names under "variables" in the body, sorted. */
    private static Set<String> submittedVariables(ContainerRequestContext request) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> name = body(request).path("variables").fieldNames(); name.hasNext();) {
            names.add(name.next());
        }
        return names;
    }

    /** The JSON body, put back for the resource to read; empty when there is none or it is no JSON. */
    private static JsonNode body(ContainerRequestContext request) throws IOException {
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json == null ? JSON.createObjectNode() : json;
        } catch (IOException notJson) {
            return JSON.createObjectNode(); // the resource refuses it in its own words
        }
    }
}

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
import java.util.Locale;
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
 * The entry of both engine REST apps (/engine-rest and the webapps' engine API that Tasklist calls): for anyone but
 * a coordinator, a task completion carries only its form's fields (ids and decisions that steer a process are never
 * a person's to send), and what {@link EngineApiRules} keeps for coordinators is refused before the engine runs any
 * of it (a refused job execution would otherwise still cost the job a retry). Jersey applies it before matching a
 * resource (matching alone already queries the engine for a definition by key) and after Camunda's authentication
 * filters, so the engine knows who calls, by session or HTTP Basic alike.
 * Refusals reach the caller as Camunda's error body with a plain sentence ({@link org.mentorflow.system.RefusalAnswer}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class EngineApiGuard implements ContainerRequestFilter {

    static final String COORDINATORS_ONLY = "engine-api.coordinators-only";
    static final String NOT_A_FORM_FIELD = "engine-api.not-a-form-field";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        if (isCoordinator(application.getBean(ProcessEngine.class))) {
            return;
        }
        MessageSource messages = application.getBean(MessageSource.class);
        if (rule == EngineApiRules.Rule.COORDINATORS) {
            throw new ForbiddenStepException(COORDINATORS_ONLY, new Object[0],
                    messages.getMessage(COORDINATORS_ONLY, null, Locale.ENGLISH));
        }
        Set<String> sent = submittedVariables(request);
        if (sent.isEmpty()) {
            return;
        }
        String taskId = EngineApiRules.completedTask(path).orElseThrow();
        Set<String> fields = application.getBean(TaskFormFields.class).of(taskId);
        sent.removeAll(fields);
        if (!sent.isEmpty()) {
            Object[] arguments = {String.join(", ", sent)};
            throw new StepRefusedException(NOT_A_FORM_FIELD, arguments,
                    messages.getMessage(NOT_A_FORM_FIELD, arguments, Locale.ENGLISH));
        }
    }

    private static boolean isCoordinator(ProcessEngine engine) {
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        return caller != null && caller.getGroupIds() != null
                && (caller.getGroupIds().contains(Groups.COORDINATORS) || caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
    }

    /** The names under "variables" in the body, sorted; the body is put back for the resource to read. */
    private static Set<String> submittedVariables(ContainerRequestContext request) throws IOException {
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        Set<String> names = new TreeSet<>();
        if (body.length == 0) {
            return names;
        }
        JsonNode variables;
        try {
            variables = JSON.readTree(body).path("variables");
        } catch (IOException notJson) {
            return names; // the resource refuses it in its own words
        }
        for (Iterator<String> name = variables.fieldNames(); name.hasNext();) {
            names.add(name.next());
        }
        return names;
    }
}

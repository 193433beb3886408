package org.mentorflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The variables a user task's Camunda Form asks for: the keys of its fields (a group with a path submits under the
 * path's first part). Read once per form definition; a form never changes once deployed.
 */
@Component
class TaskFormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, Set<String>> byFormDefinition = new ConcurrentHashMap<>();

    TaskFormFields(ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** The keys the task's form submits; none for a task without a Camunda Form or no such task. */
    Set<String> of(String taskId) {
        try {
            return engine.getCommandExecutorTxRequired().execute(context -> {
                // only which fields exist, asked as the engine: whether this person may complete it is the engine's call
                context.disableAuthorizationCheck();
                try {
                    return fieldsOf(context, taskId);
                } finally {
                    context.enableAuthorizationCheck();
                }
            });
        } catch (ProcessEngineException noSuchTaskOrForm) {
            return Set.of(); // nothing may be sent then; the engine answers the call itself
        }
    }

    private Set<String> fieldsOf(CommandContext context, String taskId) {
        TaskFormData form = context.getProcessEngineConfiguration().getFormService().getTaskFormData(taskId);
        CamundaFormRef ref = form.getCamundaFormRef();
        CamundaFormDefinition definition = ref == null ? null
                : new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()).execute(context);
        if (definition == null) {
            return Set.of();
        }
        return byFormDefinition.computeIfAbsent(definition.getId(), id -> keys(context.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName())
                .getBytes()));
    }

    static Set<String> keys(byte[] form) {
        try {
            Set<String> keys = new TreeSet<>();
            collect(JSON.readTree(form), keys);
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("A deployed form is no JSON", e);
        }
    }

    private static void collect(JsonNode component, Set<String> keys) {
        String submittedAs = component.hasNonNull("path") ? component.get("path").asText()
                : component.hasNonNull("key") ? component.get("key").asText() : null;
        if (submittedAs != null && !submittedAs.isBlank()) {
            keys.add(submittedAs.split("\\.", 2)[0]);
            return; // what a group holds is submitted inside its path
        }
        for (JsonNode child : component.path("components")) {
            collect(child, keys);
        }
    }
}

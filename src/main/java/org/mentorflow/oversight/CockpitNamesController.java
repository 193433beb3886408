package org.mentorflow.oversight;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON the MentorFlow Cockpit plugin reads (webjars/camunda/app/cockpit/scripts/mentorflow/): names for
 * mentorship instances, and the running instances of a process definition with theirs. Under /coordinator/**, so
 * only coordinators get an answer; Cockpit's session is the portal's (security.CamundaSessionBridge).
 */
@RestController
class CockpitNamesController {

    /** More than a Cockpit page lists at once. */
    static final int MAX_IDS = 100;
    static final int RUNNING_PAGE = 50;

    private final MentorshipInstanceNames names;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final MessageSource messages;

    CockpitNamesController(MentorshipInstanceNames names, RuntimeService runtime, RepositoryService repository,
            MessageSource messages) {
        this.names = names;
        this.runtime = runtime;
        this.repository = repository;
        this.messages = messages;
    }

    record Problem(String message) {
    }

    /** @param mentorships whether the definition is one whose instances belong to a mentorship at all */
    record Running(boolean mentorships, long total, int first, List<MentorshipInstanceNames.Names> instances) {
    }

    @GetMapping("/coordinator/api/mentorship-names")
    ResponseEntity<?> names(@RequestParam(name = "processInstanceId", required = false) List<String> ids, Locale locale) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem(
                    messages.getMessage("oversight.api.ids", new Object[] {MAX_IDS}, locale)));
        }
        return ResponseEntity.ok(names.of(ids, locale));
    }

    /** The running instances of a mentorship-tree definition, one page of {@link #RUNNING_PAGE}. */
    @GetMapping("/coordinator/api/running-mentorships")
    ResponseEntity<?> running(@RequestParam(name = "processDefinitionId", required = false) String definitionId,
            @RequestParam(name = "first", required = false, defaultValue = "0") String first, Locale locale) {
        if (definitionId == null || definitionId.isBlank()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem(
                    messages.getMessage("oversight.api.definition", null, locale)));
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId.strip())
                .singleResult();
        if (definition == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Problem(
                    messages.getMessage("oversight.api.no-definition", new Object[] {definitionId.strip()}, locale)));
        }
        if (!MentorshipInstanceNames.MENTORSHIP_PROCESSES.contains(definition.getKey())) {
            return ResponseEntity.ok(new Running(false, 0, 0, List.of()));
        }
        int from = firstIndex(first);
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId());
        List<String> ids = query.orderByProcessInstanceId().asc().listPage(from, RUNNING_PAGE).stream()
                .map(ProcessInstance::getId).toList();
        return ResponseEntity.ok(new Running(true, query.count(), from, names.of(ids, locale)));
    }

    private static int firstIndex(String first) {
        try {
            return Math.max(0, Integer.parseInt(first.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}

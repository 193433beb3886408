package org.mentorflow.profile;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the engine's part: what Camunda's history keeps about the person. For every process
 * instance the person took part in (their mentorships' processes by business key, processes holding their id in
 * a variable, tasks they were assigned or owned, processes they started):
 * <ul>
 * <li>if it still runs, its texts and objects leave the running process (ids, decisions and settings, short
 * tokens it may still need, stay until it ends); otherwise the engine would write them to history again when
 * the process ends;</li>
 * <li>its historic variables go, with every earlier value and every form field typed into its forms
 * ({@link HistoryService#deleteHistoricVariableInstancesByProcessInstanceId}). Picking single variables does not
 * suffice: when a process removes a variable, Camunda deletes its historic instance but keeps its earlier values
 * as details, which no API deletes one by one;</li>
 * <li>its finished tasks go from history, with their identity links, comments and attachments.</li>
 * </ul>
 * The user operation log entries written under the person's id go as well. What stays is the flow of each
 * process (which steps ran when, for the analysts and Cockpit) and what the API cannot change: the user id as
 * assignee of the historic activity instances and as start user of a process. The id is shown to nobody else,
 * and the anonymised person row keeps it too.
 */
@Component
class ProcessHistoryEraser {

    /** Ids, decisions, durations, template names: no blanks, no "@", nothing a sentence or an address needs. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:/,+-]{0,64}");
    /** Value types that cannot carry a name. */
    private static final Set<String> PLAIN_TYPES = Set.of(ValueType.NULL.getName(), ValueType.BOOLEAN.getName(),
            ValueType.SHORT.getName(), ValueType.INTEGER.getName(), ValueType.LONG.getName(),
            ValueType.DOUBLE.getName(), ValueType.DATE.getName());

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    ProcessHistoryEraser(HistoryService history, RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** @param businessKeys business keys of process instances that belong to the person (their mentorships) */
    @Transactional
    public void erase(String personId, Collection<String> businessKeys) {
        for (String processInstanceId : processesOf(personId, businessKeys)) {
            removeTextsFromRuntime(processInstanceId);
            history.deleteHistoricVariableInstancesByProcessInstanceId(processInstanceId);
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished().list()) {
                history.deleteHistoricTaskInstance(task.getId());
            }
        }
        for (UserOperationLogEntry entry : history.createUserOperationLogQuery().userId(personId).list()) {
            history.deleteUserOperationLogEntry(entry.getId());
        }
    }

    private Set<String> processesOf(String personId, Collection<String> businessKeys) {
        Set<String> ids = new LinkedHashSet<>();
        if (!businessKeys.isEmpty()) {
            history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
                    .list().stream().map(HistoricProcessInstance::getId).forEach(ids::add);
        }
        history.createHistoricProcessInstanceQuery().startedBy(personId).list().stream()
                .map(HistoricProcessInstance::getId).forEach(ids::add);
        Stream.concat(history.createHistoricTaskInstanceQuery().taskAssignee(personId).list().stream(),
                        history.createHistoricTaskInstanceQuery().taskOwner(personId).list().stream())
                .map(HistoricTaskInstance::getProcessInstanceId).filter(id -> id != null).forEach(ids::add);
        // any variable holding the id: menteeId, mentorId, cancelledBy, a registration's person id ...
        String table = management.getTableName(HistoricVariableInstance.class);
        history.createNativeHistoricVariableInstanceQuery()
                .sql("select * from " + table + " where TEXT_ = #{personId}").parameter("personId", personId)
                .list().stream().map(HistoricVariableInstance::getProcessInstanceId).filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    private void removeTextsFromRuntime(String processInstanceId) {
        for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
                .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
            if (PLAIN_TYPES.contains(variable.getTypeName()) || isToken(variable.getTypeName(), variable.getValue())) {
                continue;
            }
            if (variable.getTaskId() != null) {
                tasks.removeVariableLocal(variable.getTaskId(), variable.getName());
            } else {
                runtime.removeVariableLocal(variable.getExecutionId(), variable.getName());
            }
        }
    }

    private static boolean isToken(String typeName, Object value) {
        return ValueType.STRING.getName().equals(typeName) && value instanceof String text && TOKEN.matcher(text).matches();
    }
}

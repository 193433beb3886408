package org.mentorflow.tasklist;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.mentorflow.system.EveryUserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names every user task in its reader's language ({@link TaskLanguage}), as its form already speaks it: Tasklist's
 * list and My mentoring show "Mentoring-Anfrage prüfen" to a German mentor. The model keeps its one English name
 * (Modeler and Cockpit show that); a translation is {@code task.name.<task id>} in i18n/tasklist_<language>, and a
 * task without one keeps the model's name. Added to every user task when a model is parsed, after the model's own
 * listeners, so a create listener that fixed the task's language has run; renamed again on (re)assignment.
 */
@Component
class TaskNamesInReadersLanguage extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskLanguage> language;
    private final TaskNames names;

    // the language needs people, which need the engine: looked up when the first task is named, not at start-up
    TaskNamesInReadersLanguage(ObjectProvider<TaskLanguage> language, TaskNames names) {
        this.language = language;
        this.names = names;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener rename = this::rename;
        EveryUserTask.listen(configuration, rename, TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT);
    }

    private void rename(DelegateTask task) {
        Locale reader = language.getObject().of(task);
        String modelName = task.getBpmnModelElementInstance() == null ? null : task.getBpmnModelElementInstance().getName();
        String wanted = names.in(reader, task.getTaskDefinitionKey(), modelName);
        if (wanted != null && !wanted.equals(task.getName())) {
            task.setName(wanted);
        }
    }
}

package org.mentorflow.tasklist;

import java.util.ArrayList;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, rename);
                task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, rename);
            }
        });
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

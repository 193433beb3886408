package org.mentorflow.coordinatormail;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds {@link ImmediateTaskMail} as a create listener to every user task of every model, so no model has to name
 * it and a new coordinator task in a new model is announced too.
 */
@Component
class CoordinatorTaskListenerPlugin extends AbstractProcessEnginePlugin {

    // the mail needs programmes and people, which need the engine: looked up at the first task, not at start-up
    private final ObjectProvider<ImmediateTaskMail> mail;

    CoordinatorTaskListenerPlugin(ObjectProvider<ImmediateTaskMail> mail) {
        this.mail = mail;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener announce = task -> mail.getObject().taskCreated(task);
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, announce);
            }
        });
    }
}

package org.mentorflow.coordinatormail;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.mentorflow.system.EveryUserTask;
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
        EveryUserTask.listen(configuration, announce, TaskListener.EVENTNAME_CREATE);
    }
}

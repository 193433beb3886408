package org.mentorflow.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a listener or delegate throws ("ENGINE-03051 There was an exception while invoking the
 * TaskListener…"), so a refusal would reach callers as a generic engine error: REST answers it with 500 and the
 * engine's code. Outside every command (and its transaction, already rolled back by then) this takes the
 * {@link StepRefusedException} back out, so callers get the refusal itself.
 */
@Component
class RefusalsUnwrapped extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>();
        all.add(new Unwrap()); // first: the outermost, around the transaction
        if (interceptors != null) {
            all.addAll(interceptors);
        }
        return all;
    }

    private static final class Unwrap extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException wrapped) {
                for (Throwable cause = wrapped.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof StepRefusedException refusal) {
                        throw refusal;
                    }
                }
                throw wrapped;
            }
        }
    }
}

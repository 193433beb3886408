package org.mentorflow.notifications;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs deliveries off the committing thread, so a slow SMTP server never holds up the job executor.
 * {@code mentorflow.mail.deliver-in-background=false} (tests) delivers on the committing thread instead.
 */
@Component
class MailDeliveryExecutor implements TaskExecutor, DisposableBean {

    private final Executor background;

    MailDeliveryExecutor(@Value("${mentorflow.mail.deliver-in-background:true}") boolean inBackground) {
        this.background = inBackground
                ? Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "mail-delivery");
                    thread.setDaemon(true);
                    return thread;
                })
                : Runnable::run;
    }

    @Override
    public void execute(Runnable task) {
        background.execute(task);
    }

    @Override
    public void destroy() {
        if (background instanceof java.util.concurrent.ExecutorService service) {
            service.shutdown();
        }
    }
}

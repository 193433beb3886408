package org.mentorflow.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background threads of mail delivery: senders that drain the outbox whenever they are woken (a step
 * committed mails, the poller found some due), and one that renews the claims of the mails being sent. A wake-up
 * while a sender is draining makes it drain once more, so none is lost.
 */
final class SenderThreads {

    private final List<Thread> senders = new ArrayList<>();
    private final ScheduledExecutorService renewal;
    /** Starts ahead of what every sender has seen: the first round sends what an earlier run left due. */
    private long wakeUps = 1;
    private boolean stopped;

    /** {@code drain} and {@code renew} must not throw: they run until the application stops. */
    SenderThreads(int count, Runnable drain, Duration renewEvery, Runnable renew) {
        renewal = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "mail-claim-renewal"));
        renewal.scheduleWithFixedDelay(renew, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        for (int i = 1; i <= count; i++) {
            Thread sender = daemon(() -> run(drain), "mail-sender-" + i);
            senders.add(sender);
            sender.start();
        }
    }

    synchronized void wake() {
        wakeUps++;
        notifyAll();
    }

    /** Lets the senders finish their batch (a few seconds at most), then stops renewing their claims. */
    void stop() {
        synchronized (this) {
            stopped = true;
            notifyAll();
        }
        try {
            for (Thread sender : senders) {
                sender.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renewal.shutdownNow();
    }

    private void run(Runnable drain) {
        long seen = 0;
        while (true) {
            synchronized (this) {
                try {
                    while (!stopped && wakeUps == seen) {
                        wait();
                    }
                } catch (InterruptedException e) {
                    return;
                }
                if (stopped) {
                    return;
                }
                seen = wakeUps;
            }
            drain.run();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}

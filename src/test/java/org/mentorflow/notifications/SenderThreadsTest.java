package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background senders: they drain at start and on every wake-up, and a wake-up during a drain is not lost. */
class SenderThreadsTest {

    @Test
    void aWakeUpWhileDrainingMakesTheSenderDrainOnceMore() throws InterruptedException {
        CountDownLatch firstDrainStarted = new CountDownLatch(1);
        CountDownLatch finishFirstDrain = new CountDownLatch(1);
        CountDownLatch secondDrain = new CountDownLatch(1);
        AtomicInteger drains = new AtomicInteger();
        SenderThreads senders = new SenderThreads(1, () -> {
            if (drains.incrementAndGet() == 1) {
                firstDrainStarted.countDown();
                await(finishFirstDrain);
            } else {
                secondDrain.countDown();
            }
        }, Duration.ofHours(1), () -> { });
        try {
            assertThat(firstDrainStarted.await(10, TimeUnit.SECONDS)).as("drains what an earlier run left, unasked").isTrue();

            senders.wake(); // a step commits mails while the sender is busy
            finishFirstDrain.countDown();

            assertThat(secondDrain.await(10, TimeUnit.SECONDS)).as("the wake-up was kept").isTrue();
        } finally {
            senders.stop();
        }
        assertThat(drains).hasValue(2);
    }

    @Test
    void claimsAreRenewedWhileTheSendersRun() throws InterruptedException {
        CountDownLatch renewed = new CountDownLatch(2);
        SenderThreads senders = new SenderThreads(2, () -> { }, Duration.ofMillis(1), renewed::countDown);
        try {
            assertThat(renewed.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            senders.stop();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

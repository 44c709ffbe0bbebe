package dev.lambdadesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the executor with a plain thread standing in for the JavaFX application thread. */
class FxUiExecutorTest {

    private static final String UI_THREAD = "stand-in-ui-thread";

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(work -> new Thread(work, UI_THREAD));
    private final FxUiExecutor executor = new FxUiExecutor(Executors.newVirtualThreadPerTaskExecutor(),
            uiThread::execute);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.close();
        uiThread.shutdownNow();
    }

    @Test
    void theWorkRunsInTheBackgroundAndItsResultArrivesOnTheUiThread() throws InterruptedException {
        CountDownLatch delivered = new CountDownLatch(1);

        executor.run(() -> {
            events.add("work on " + (Thread.currentThread().isVirtual() ? "virtual thread" : "other thread"));
            return 42;
        }, result -> {
            events.add("result " + result + " on " + Thread.currentThread().getName());
            delivered.countDown();
        }, failure -> events.add("failure"));

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("work on virtual thread", "result 42 on " + UI_THREAD);
    }

    @Test
    void aFailureArrivesOnTheUiThreadInsteadOfTheResult() throws InterruptedException {
        CountDownLatch delivered = new CountDownLatch(1);

        executor.<String>run(() -> {
            throw new IOException("connection refused");
        }, result -> events.add("result"), failure -> {
            events.add(failure.getMessage() + " on " + Thread.currentThread().getName());
            delivered.countDown();
        });

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("connection refused on " + UI_THREAD);
    }

    @Test
    void cancelledWorkIsInterruptedAndDeliversNothing() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);

        RunningWork work = executor.run(() -> {
            started.countDown();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "too late";
        }, result -> events.add("result"), failure -> events.add("failure"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        work.cancel();

        assertThat(work.isCancelled()).isTrue();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        drainUiThread();
        assertThat(events).isEmpty();
    }

    @Test
    void aResultAlreadyOnItsWayToTheUiThreadIsDroppedWhenCancelled() throws InterruptedException {
        BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        try (FxUiExecutor queued = new FxUiExecutor(Executors.newVirtualThreadPerTaskExecutor(), uiQueue::add)) {
            RunningWork work = queued.run(() -> "done",
                    result -> events.add("result"), failure -> events.add("failure"));
            Runnable delivery = uiQueue.poll(5, TimeUnit.SECONDS);
            assertThat(delivery).isNotNull();

            work.cancel();
            delivery.run();
        }

        assertThat(events).isEmpty();
    }

    @Test
    void postedActionsRunOnTheUiThread() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);

        executor.post(() -> {
            events.add(Thread.currentThread().getName());
            ran.countDown();
        });

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly(UI_THREAD);
    }

    private void drainUiThread() throws InterruptedException {
        Thread.sleep(200); // lets a wrongly delivered callback reach the queue before it is drained
        CountDownLatch drained = new CountDownLatch(1);
        uiThread.execute(drained::countDown);
        assertThat(drained.await(5, TimeUnit.SECONDS)).isTrue();
    }
}

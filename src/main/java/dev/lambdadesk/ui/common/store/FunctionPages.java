package dev.lambdadesk.ui.common.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * Hands pages of functions from the background listing to the UI thread in chunks: pages that arrive while the UI
 * thread is busy are added together, so a 10,000-function account costs a few list updates, not 200.
 * <p>
 * The first hand-overs are small ({@link #RAMP}, a frame apart): an empty table builds the rows and cells it shows
 * for the first time as they arrive, and building all of them in one frame (their skins, their CSS, code that has
 * never run) stalled the window for 100–250 ms.
 */
final class FunctionPages {

    /** How many rows in all the first hand-overs may have brought; after these, everything that arrived goes. */
    static final int[] RAMP = {2, 6, 14, 30};
    /**
     * How many rows may wait for the UI thread before the listing waits for it: a listing that runs ahead of the UI
     * (a local endpoint answers in a millisecond) only takes the cores the UI thread needs to draw.
     */
    static final int MAX_WAITING_ROWS = 500;
    private static final long WAIT_STEP_MILLIS = 100;

    private final UiExecutor ui;
    private final Consumer<List<FunctionSummary>> append;
    private final Queue<List<FunctionSummary>> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger waitingRows = new AtomicInteger();
    /** A lock and condition rather than a monitor: the listing runs on a virtual thread, which a monitor wait pins. */
    private final ReentrantLock drainLock = new ReentrantLock();
    private final Condition drained = drainLock.newCondition();
    /** Rows taken from {@link #arrived} but not handed over yet (UI thread only). */
    private final Deque<FunctionSummary> held = new ArrayDeque<>();
    private int handOvers;
    private Runnable whenAllHandedOver;

    /** @param append called on the UI thread with each chunk */
    FunctionPages(UiExecutor ui, Consumer<List<FunctionSummary>> append) {
        this.ui = ui;
        this.append = append;
    }

    /**
     * Called by the background listing with each page; returns once the UI thread has taken enough of what waits
     * ({@link #MAX_WAITING_ROWS}), or the listing was stopped.
     */
    void arrived(List<FunctionSummary> page) {
        if (stopped.get()) {
            return;
        }
        arrived.add(page);
        waitingRows.addAndGet(page.size());
        if (drainPosted.compareAndSet(false, true)) {
            ui.post(this::drain);
        }
        drainLock.lock();
        try {
            while (waitingRows.get() > MAX_WAITING_ROWS && !stopped.get()) {
                drained.await(WAIT_STEP_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            drainLock.unlock();
        }
    }

    /** Adds what arrived so far (a little at a time at first); call on the UI thread. */
    void drain() {
        drainPosted.set(false);
        if (stopped.get()) {
            return;
        }
        for (List<FunctionSummary> page = arrived.poll(); page != null; page = arrived.poll()) {
            held.addAll(page);
            waitingRows.addAndGet(-page.size());
        }
        signalDrained();
        int limit = handOvers < RAMP.length ? RAMP[handOvers] - (handOvers == 0 ? 0 : RAMP[handOvers - 1])
                : Integer.MAX_VALUE;
        List<FunctionSummary> chunk = new ArrayList<>(Math.min(limit, held.size()));
        while (!held.isEmpty() && chunk.size() < limit) {
            chunk.add(held.pollFirst());
        }
        if (!chunk.isEmpty()) {
            handOvers++;
            append.accept(chunk);
        }
        if (!held.isEmpty()) {
            if (drainPosted.compareAndSet(false, true)) {
                ui.postSoon(this::drain);
            }
        } else if (whenAllHandedOver != null && arrived.isEmpty()) {
            Runnable done = whenAllHandedOver;
            whenAllHandedOver = null;
            done.run();
        }
    }

    /**
     * The listing ended: runs {@code done} on the UI thread once every page that arrived has been handed over (at once
     * when nothing is held back). Call on the UI thread.
     */
    void finish(Runnable done) {
        whenAllHandedOver = done;
        drain();
    }

    /** Drops everything still to come (a reload started, the connection changed); call on the UI thread. */
    void stop() {
        stopped.set(true);
        arrived.clear();
        held.clear();
        whenAllHandedOver = null;
        signalDrained();
    }

    private void signalDrained() {
        drainLock.lock();
        try {
            drained.signalAll();
        } finally {
            drainLock.unlock();
        }
    }

    boolean isStopped() {
        return stopped.get();
    }
}

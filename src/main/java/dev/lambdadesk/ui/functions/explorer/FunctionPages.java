package dev.lambdadesk.ui.functions.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * Hands pages of functions from the background listing to the UI thread in chunks: pages that arrive while the UI
 * thread is busy are added together, so a 10,000-function account costs a few list updates, not 200.
 */
final class FunctionPages {

    private final UiExecutor ui;
    private final Consumer<List<FunctionSummary>> append;
    private final Queue<List<FunctionSummary>> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /** @param append called on the UI thread with each chunk */
    FunctionPages(UiExecutor ui, Consumer<List<FunctionSummary>> append) {
        this.ui = ui;
        this.append = append;
    }

    /** Called by the background listing with each page. */
    void arrived(List<FunctionSummary> page) {
        if (stopped.get()) {
            return;
        }
        arrived.add(page);
        if (drainPosted.compareAndSet(false, true)) {
            ui.post(this::drain);
        }
    }

    /** Adds every page that arrived so far; call on the UI thread. */
    void drain() {
        drainPosted.set(false);
        List<FunctionSummary> chunk = new ArrayList<>();
        for (List<FunctionSummary> page = arrived.poll(); page != null; page = arrived.poll()) {
            chunk.addAll(page);
        }
        if (!chunk.isEmpty() && !stopped.get()) {
            append.accept(chunk);
        }
    }

    /** Drops everything still to come (a reload started, the connection changed). */
    void stop() {
        stopped.set(true);
        arrived.clear();
    }

    boolean isStopped() {
        return stopped.get();
    }
}

package dev.lambdadesk.ui.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.common.UiExecutor;

class FunctionPagesTest {

    /** A UI thread that is busy: posted actions wait until the test lets them run. */
    private static final class BusyUiThread implements UiExecutor {
        final List<Runnable> posted = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public <T> RunningWork run(Callable<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void post(Runnable action) {
            posted.add(action);
        }

        void runPosted() {
            List<Runnable> now;
            synchronized (posted) {
                now = new ArrayList<>(posted);
                posted.clear();
            }
            now.forEach(Runnable::run);
        }
    }

    private static List<FunctionSummary> page(int from) {
        List<FunctionSummary> page = new ArrayList<>();
        for (int i = from; i < from + 50; i++) {
            page.add(new FunctionSummary("fn-" + i, "arn:" + i, "nodejs22.x", "Zip", 128, "", false));
        }
        return page;
    }

    @Test
    void pagesArrivingWhileTheUiThreadIsBusyAreAddedTogetherAfterAFewSmallFirstHandOvers() {
        BusyUiThread ui = new BusyUiThread();
        List<List<FunctionSummary>> chunks = new ArrayList<>();
        FunctionPages pages = new FunctionPages(ui, chunks::add);

        pages.arrived(page(0));
        pages.arrived(page(50));
        pages.arrived(page(100));
        assertThat(ui.posted).hasSize(1);
        while (!ui.posted.isEmpty()) {
            ui.runPosted(); // one frame each: the table builds its first rows a few at a time
        }

        assertThat(chunks).extracting(List::size).containsExactly(2, 4, 8, 16, 120);
        assertThat(chunks.get(1).getFirst().name()).isEqualTo("fn-2");

        pages.arrived(page(150));
        ui.runPosted();
        assertThat(chunks).hasSize(6);
        assertThat(chunks.get(5)).hasSize(50).first().extracting(FunctionSummary::name).isEqualTo("fn-150");
    }

    @Test
    void theListingEndsOnlyOnceEveryRowHasBeenHandedOver() {
        BusyUiThread ui = new BusyUiThread();
        List<FunctionSummary> shown = new ArrayList<>();
        FunctionPages pages = new FunctionPages(ui, shown::addAll);
        boolean[] ended = {false};

        pages.arrived(page(0));
        pages.arrived(page(50));
        pages.finish(() -> ended[0] = true);

        assertThat(ended[0]).as("rows are still held back").isFalse();
        while (!ui.posted.isEmpty()) {
            ui.runPosted();
        }
        assertThat(ended[0]).isTrue();
        assertThat(shown).hasSize(100);
    }

    @Test
    void aListingThatRunsAheadOfTheUiWaitsForIt() throws Exception {
        BusyUiThread ui = new BusyUiThread();
        List<FunctionSummary> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        FunctionPages pages = new FunctionPages(ui, shown::addAll);
        java.util.concurrent.atomic.AtomicInteger delivered = new java.util.concurrent.atomic.AtomicInteger();
        Thread listing = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 20; i++) {
                pages.arrived(page(i * 50));
                delivered.incrementAndGet();
            }
        });

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (delivered.get() < FunctionPages.MAX_WAITING_ROWS / 50 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(300);
        assertThat(delivered.get()).as("pages handed over while the UI thread took none")
                .isEqualTo(FunctionPages.MAX_WAITING_ROWS / 50);

        while (listing.isAlive() && System.nanoTime() < deadline) {
            ui.runPosted();
            Thread.sleep(5);
        }
        assertThat(listing.isAlive()).as("the listing goes on as the UI thread takes rows").isFalse();
        while (!ui.posted.isEmpty()) {
            ui.runPosted();
        }
        assertThat(shown).hasSize(1000);
    }

    @Test
    void aStoppedListingDoesNotWaitForTheUi() throws Exception {
        BusyUiThread ui = new BusyUiThread();
        FunctionPages pages = new FunctionPages(ui, rows -> { });
        Thread listing = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 20; i++) {
                pages.arrived(page(i * 50));
            }
        });
        Thread.sleep(200);
        assertThat(listing.isAlive()).as("waiting for the UI thread").isTrue();

        ui.post(pages::stop);
        ui.runPosted();

        listing.join(2000);
        assertThat(listing.isAlive()).isFalse();
    }

    @Test
    void nothingIsAddedAfterAReloadStopsTheListing() {
        BusyUiThread ui = new BusyUiThread();
        List<List<FunctionSummary>> chunks = new ArrayList<>();
        FunctionPages pages = new FunctionPages(ui, chunks::add);

        pages.arrived(page(0));
        pages.stop();
        ui.runPosted();
        pages.arrived(page(50));

        assertThat(chunks).isEmpty();
        assertThat(pages.isStopped()).isTrue();
    }
}

package dev.lambdadesk.ui.functions.explorer;

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
        final List<Runnable> posted = new ArrayList<>();

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
            List<Runnable> now = new ArrayList<>(posted);
            posted.clear();
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
    void pagesArrivingWhileTheUiThreadIsBusyAreAddedAsOneChunk() {
        BusyUiThread ui = new BusyUiThread();
        List<List<FunctionSummary>> chunks = new ArrayList<>();
        FunctionPages pages = new FunctionPages(ui, chunks::add);

        pages.arrived(page(0));
        pages.arrived(page(50));
        pages.arrived(page(100));
        assertThat(ui.posted).hasSize(1);
        ui.runPosted();

        assertThat(chunks).singleElement().satisfies(c -> assertThat(c).hasSize(150));

        pages.arrived(page(150));
        ui.runPosted();
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(1).getFirst().name()).isEqualTo("fn-150");
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

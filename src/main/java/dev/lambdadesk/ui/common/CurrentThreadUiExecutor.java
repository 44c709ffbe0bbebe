package dev.lambdadesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread, so ViewModel tests need no toolkit and no waiting. */
public final class CurrentThreadUiExecutor implements UiExecutor {

    @Override
    public <T> RunningWork run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) { // the same contract as FxUiExecutor
            onFailure.accept(failure);
            return FinishedWork.INSTANCE;
        }
        onSuccess.accept(result);
        return FinishedWork.INSTANCE;
    }

    @Override
    public void post(Runnable action) {
        action.run();
    }

    /** Work that already ran: cancelling it has nothing left to stop. */
    private enum FinishedWork implements ServiceCalls.FinishedWork {
        INSTANCE;

        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}

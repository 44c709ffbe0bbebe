package dev.lambdadesk.ui.signing.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.signing.SigningContext;

/**
 * Runs a service call off the UI thread and hands back either its result or the failure explained in plain words,
 * telling the connection monitor either way so the connection indicator follows.
 */
public final class ServiceCalls {

    private final SigningContext context;

    public ServiceCalls(SigningContext context) {
        this.context = context;
    }

    /** Runs {@code call}; exactly one of the callbacks runs, on the UI thread. */
    public <T> RunningWork run(Callable<T> call, Consumer<? super T> onSuccess, Consumer<AwsProblem> onFailure) {
        return context.ui().run(() -> {
            T result = call.call();
            context.monitor().reportSuccess();
            return result;
        }, onSuccess, failure -> onFailure.accept(context.monitor().reportFailure(failure)));
    }

    /** The sentence to show for a problem, with the service's code when it gave one. */
    public static String detail(AwsProblem problem) {
        if (problem.errorCode().isEmpty()) {
            return problem.serviceText();
        }
        return problem.serviceText().isEmpty() ? problem.errorCode()
                : problem.errorCode() + ": " + problem.serviceText();
    }
}

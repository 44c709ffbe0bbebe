package dev.lambdadesk.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import dev.lambdadesk.ui.common.FirstLayout;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.functions.explorer.FunctionListing;

/** Tells the start-up report when the window is first laid out and when the first function listing ends. */
final class StartupWatch {

    private StartupWatch() {
    }

    /** Call on the FX thread right after the window is shown; with {@code --exit-after-report} it then closes. */
    static void follow(StartupReport report, Stage stage, FunctionsViewModel functions) {
        report.onComplete(() -> Platform.runLater(stage::hide));
        FirstLayout.of(stage, report::windowShown);
        FunctionListing listing = functions.explorer().listing();
        listing.loadingProperty().addListener((observable, was, loading) -> {
            if (was && !loading) {
                String problem = listing.problemProperty().get();
                if (problem.isEmpty()) {
                    report.functionListLoaded(listing.allFunctions().size());
                } else {
                    report.functionListFailed(problem);
                }
            }
        });
    }
}

package dev.lambdadesk.app;

import java.util.List;

import javafx.application.Platform;
import javafx.stage.Stage;

import dev.lambdadesk.ui.common.FirstLayout;
import dev.lambdadesk.ui.functions.explorer.FunctionListing;
import dev.lambdadesk.ui.shell.MainWindowModels;
import dev.lambdadesk.ui.shell.Section;

/** Tells the start-up report when the window is first laid out and when the first function listing ends. */
final class StartupWatch {

    private StartupWatch() {
    }

    /** Call on the FX thread right after the window is shown. */
    static void windowShown(StartupReport report, Stage stage) {
        FirstLayout.of(stage, report::windowShown);
    }

    /**
     * Call on the FX thread once the window has its sections, before the connection can have listed anything; with
     * {@code --exit-after-report} the app then closes, after opening every section once if {@code visitSections}.
     */
    static void follow(StartupReport report, Stage stage, MainWindowModels models, boolean visitSections) {
        report.onComplete(() -> Platform.runLater(visitSections
                ? () -> visit(List.of(Section.values()), 0, models, stage) : stage::hide));
        FunctionListing listing = models.functions().explorer().listing();
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

    /** Shows section {@code i}, and after its first layout the next one; closes the window after the last. */
    private static void visit(List<Section> sections, int i, MainWindowModels models, Stage stage) {
        if (i == sections.size()) {
            models.shell().select(sections.get(0));
            stage.hide();
            return;
        }
        models.shell().select(sections.get(i));
        FirstLayout.of(stage, () -> Platform.runLater(() -> visit(sections, i + 1, models, stage)));
    }
}

package dev.lambdadesk.ui.shell;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;

/**
 * The last resort for an error nothing else handled: writes it, with its stack trace, to the log and tells the
 * person in plain words where the details are. At most one such dialog is open at a time.
 */
public final class UncaughtErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(UncaughtErrorReporter.class.getName());

    private final Path logFile;
    private boolean dialogOpen;

    public UncaughtErrorReporter(Path logFile) {
        this.logFile = logFile;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            showDialog();
            return;
        }
        try {
            Platform.runLater(this::showDialog);
        } catch (IllegalStateException toolkitNotRunning) {
            LOG.fine("No dialog: the window toolkit is not running");
        }
    }

    /** What the dialog says; never the exception itself, which is in the log. */
    String message() {
        return "LambdaDesk ran into a problem it did not expect and stopped what it was doing. "
                + "You can keep working; if the same thing fails again, restarting LambdaDesk may help.\n\n"
                + "The details were written to " + logFile + ".";
    }

    private void showDialog() {
        if (dialogOpen) {
            return;
        }
        dialogOpen = true;
        Alert alert = new Alert(AlertType.ERROR, message());
        alert.setTitle(ShellViewModel.WINDOW_TITLE);
        alert.setHeaderText("Something went wrong");
        alert.getDialogPane().setId("unexpected-error");
        alert.setOnHidden(event -> dialogOpen = false);
        alert.show();
    }
}

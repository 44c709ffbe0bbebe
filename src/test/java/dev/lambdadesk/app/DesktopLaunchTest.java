package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens before the window opens: the data directory and the log file. */
class DesktopLaunchTest {

    @TempDir
    Path temp;

    private final Logger root = Logger.getLogger("");
    private List<Handler> originalHandlers;
    private Level originalLevel;

    @BeforeEach
    void rememberLogging() {
        originalHandlers = List.of(root.getHandlers());
        originalLevel = root.getLevel();
    }

    @AfterEach
    void restoreLogging() {
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            if (!originalHandlers.contains(handler)) {
                handler.close();
            }
        }
        originalHandlers.forEach(root::addHandler);
        root.setLevel(originalLevel);
    }

    @Test
    void theLogGoesToAFileUnderTheDataDirectoryAndNotToTheTerminal() throws IOException {
        Path dataDir = temp.resolve("fresh/data");

        Path logFile = FileLogging.install(dataDir);
        Logger.getLogger("dev.lambdadesk.test").log(Level.SEVERE, "could not render", new IllegalStateException("x"));
        for (Handler handler : root.getHandlers()) {
            handler.flush();
        }

        assertThat(logFile).isEqualTo(dataDir.resolve("logs/lambdadesk-0.log"));
        assertThat(Files.readString(logFile)).contains("SEVERE", "could not render",
                "java.lang.IllegalStateException: x", "at dev.lambdadesk.app.DesktopLaunchTest");
        assertThat(root.getHandlers()).noneMatch(ConsoleHandler.class::isInstance);
    }

    @Test
    void theDataDirectoryDefaultsToDotLambdadeskInTheHomeDirectory() {
        GuiCommand command = new GuiCommand();
        assertThat(command.dataDirectory())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".lambdadesk").toAbsolutePath().normalize());

        command.dataDir = Path.of("relative/../somewhere");
        assertThat(command.dataDirectory()).isEqualTo(Path.of("somewhere").toAbsolutePath());
    }

    @Test
    void aFileInThePlaceOfTheDataDirectoryIsReportedInOneLineWithoutOpeningAWindow() throws IOException {
        Path inTheWay = Files.writeString(temp.resolve("not-a-directory"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = Main.run("--data-dir", inTheWay.toString());
        } finally {
            System.setErr(originalErr);
        }

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("LambdaDesk cannot use " + inTheWay
                + " as its data directory: a file with that name is in the way." + System.lineSeparator());
    }
}

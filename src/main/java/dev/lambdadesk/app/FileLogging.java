package dev.lambdadesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the desktop app's log to files under the data directory, and nothing (no stack trace) to the terminal. */
final class FileLogging {

    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n";
    private static final int FILE_LIMIT_BYTES = 2 * 1024 * 1024;
    private static final int FILE_COUNT = 3;

    private FileLogging() {
    }

    /**
     * Writes the log to {@code <dataDir>/logs/lambdadesk-0.log} (rotated, three files of 2 MB) and returns that path.
     */
    static Path install(Path dataDir) throws IOException {
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, FORMAT); // read once, when SimpleFormatter is first used
        }
        FileHandler file = new FileHandler(logs.resolve("lambdadesk-%g.log").toString(),
                FILE_LIMIT_BYTES, FILE_COUNT, true);
        file.setFormatter(new SimpleFormatter());
        file.setEncoding("UTF-8");
        file.setLevel(Level.ALL);

        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(file);
        root.setLevel(Level.INFO);
        return logs.resolve("lambdadesk-0.log");
    }
}

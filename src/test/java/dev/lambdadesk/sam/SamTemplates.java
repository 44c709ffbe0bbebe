package dev.lambdadesk.sam;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The test templates under src/test/resources/sam. */
public final class SamTemplates {

    private SamTemplates() {
    }

    public static Path path(String relative) {
        try {
            return Path.of(SamTemplates.class.getResource("/sam/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a folder of test resources (a template and its code) to {@code to}; returns {@code to}. */
    public static Path copy(String relative, Path to) throws IOException {
        Path from = path(relative);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    static SamApplication offline(String relative, Map<String, String> overrides) throws TemplateException {
        return SamApplication.load(new TemplateReader().read(path(relative)),
                SamApplication.Settings.offline(overrides));
    }
}

package dev.lambdadesk.sam;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

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

    static SamApplication offline(String relative, Map<String, String> overrides) throws TemplateException {
        return SamApplication.load(new TemplateReader().read(path(relative)),
                SamApplication.Settings.offline(overrides));
    }
}

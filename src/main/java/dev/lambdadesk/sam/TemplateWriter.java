package dev.lambdadesk.sam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a template: JSON when the file name ends in {@code .json}, else YAML in block style with intrinsic
 * functions in their long forms ({@code Ref:}, {@code Fn::GetAtt:}), as {@code sam package} writes them.
 */
public final class TemplateWriter {

    private final ObjectMapper json = new ObjectMapper();

    public String toYaml(JsonNode template) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        // SnakeYAML quotes any text that would read back as another type (2010-09-09, true, 123).
        return new Yaml(options).dump(json.convertValue(template, Object.class));
    }

    public void write(JsonNode template, Path file) throws IOException {
        String text = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? json.writerWithDefaultPrettyPrinter().writeValueAsString(template) + "\n"
                : toYaml(template);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text);
    }
}

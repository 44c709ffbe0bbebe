package dev.lambdadesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Option;

import dev.lambdadesk.sam.TemplateException;

/** {@code --template-file} and {@code --parameter-overrides}, as SAM CLI spells them. */
final class SamTemplateOptions {

    @Option(names = {"--template-file", "-t", "--template"}, paramLabel = "FILE", defaultValue = "template.yaml",
            description = "The SAM template, YAML or JSON (default: ${DEFAULT-VALUE}).")
    Path templateFile;

    @Option(names = "--parameter-overrides", paramLabel = "KEY=VALUE", arity = "1..*",
            description = "Parameter values: Key=Value or ParameterKey=Key,ParameterValue=Value, several allowed.")
    List<String> parameterOverrides = new ArrayList<>();

    /** The overrides by parameter name, in either of SAM CLI's two spellings. */
    Map<String, String> overrides() throws TemplateException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String given : parameterOverrides) {
            for (String item : given.trim().split("\\s+(?=[^\\s=]+=)")) {
                if (item.startsWith("ParameterKey=")) {
                    String[] parts = item.substring("ParameterKey=".length()).split(",ParameterValue=", 2);
                    if (parts.length == 2) {
                        out.put(parts[0], parts[1]);
                        continue;
                    }
                }
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    throw new TemplateException("--parameter-overrides '" + item + "' is not Key=Value.");
                }
                out.put(item.substring(0, eq), item.substring(eq + 1));
            }
        }
        return out;
    }
}

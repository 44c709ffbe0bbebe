package dev.lambdadesk.ui.sam;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.sam.Finding;
import dev.lambdadesk.sam.NotDeployed;
import dev.lambdadesk.sam.RequestBuilder;
import dev.lambdadesk.sam.ResourceType;
import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.SamResource;
import dev.lambdadesk.sam.StackValues;
import dev.lambdadesk.sam.TemplateException;
import dev.lambdadesk.sam.TemplateReader;
import dev.lambdadesk.sam.TemplateValidator;
import dev.lambdadesk.validation.RequestValidator;

/**
 * A template as the section shows it: read and checked offline with {@code sam validate}'s rules for one stack
 * name and parameter values. Read off the UI thread; immutable.
 *
 * @param file       the template
 * @param app        the application read for the stack
 * @param findings   what validate finds (resource, property, message)
 * @param parameters the template's parameters, in template order
 */
record OpenedTemplate(Path file, SamApplication app, List<Finding> findings, List<Parameter> parameters) {

    /** A template parameter: its name, default (empty when it has none) and description. */
    record Parameter(String name, String defaultValue, String description) {
    }

    /** A function or layer that can be signed, and the code signing config of the template it deploys under. */
    record Signable(String logicalId, ResourceType.Kind kind, String config, String policy) {
        boolean underConfig() {
            return !config.isEmpty();
        }
    }

    static OpenedTemplate read(Path file, SamApplication.Settings settings, RequestValidator rules)
            throws TemplateException {
        SamApplication app = SamApplication.load(new TemplateReader().read(file), settings);
        List<Parameter> parameters = new ArrayList<>();
        app.template().parameters().properties().forEach(e -> parameters.add(new Parameter(e.getKey(),
                e.getValue().path("Default").asText(""), e.getValue().path("Description").asText(""))));
        return new OpenedTemplate(file, app, new TemplateValidator(rules).validate(app), List.copyOf(parameters));
    }

    List<Finding> findingsOf(String logicalId) {
        return findings.stream().filter(f -> f.resource().equals(logicalId)).toList();
    }

    /** The findings about no resource of the template (Parameters, the template itself). */
    List<Finding> generalFindings() {
        return findings.stream().filter(f -> app.resource(f.resource()).isEmpty()
                && app.conditionedOut().stream().noneMatch(r -> r.logicalId().equals(f.resource()))).toList();
    }

    boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    List<NotDeployed> notDeployed() {
        return app.notDeployed();
    }

    /** Every function and layer, each with the config it deploys under (a layer: the first function's that uses it). */
    List<Signable> signables() {
        List<Signable> out = new ArrayList<>();
        for (SamResource r : app.resources()) {
            if (r.type().kind() == ResourceType.Kind.FUNCTION || r.type().kind() == ResourceType.Kind.LAYER) {
                Optional<SamResource> config = configOf(r);
                out.add(new Signable(r.logicalId(), r.type().kind(), config.map(SamResource::logicalId).orElse(""),
                        config.map(c -> c.properties().at("/CodeSigningPolicies/UntrustedArtifactOnDeployment")
                                .asText("Warn")).orElse("")));
            }
        }
        return out;
    }

    private Optional<SamResource> configOf(SamResource r) {
        if (r.type().kind() == ResourceType.Kind.LAYER) {
            return app.ofKind(ResourceType.Kind.FUNCTION).stream()
                    .filter(f -> refs(f.properties().path("Layers"), r.logicalId()))
                    .map(this::configOf).flatMap(Optional::stream).findFirst();
        }
        return refTo(r.properties().get("CodeSigningConfigArn"))
                .filter(c -> c.type() == ResourceType.CODE_SIGNING_CONFIG);
    }

    private Optional<SamResource> refTo(JsonNode value) {
        return value == null || !value.has("Ref") ? Optional.empty() : app.resource(value.get("Ref").asText());
    }

    private static boolean refs(JsonNode list, String logicalId) {
        for (JsonNode item : list) {
            if (item.path("Ref").asText("").equals(logicalId)) {
                return true;
            }
        }
        return false;
    }

    /** The signing profile version ARNs a code signing config of the template trusts, as they evaluate. */
    List<String> trustedBy(String configId) {
        List<String> out = new ArrayList<>();
        app.resource(configId).ifPresent(c -> new RequestBuilder(app, StackValues.predicted(app)).build(c).request()
                .at("/AllowedPublishers/SigningProfileVersionArns").forEach(a -> out.add(a.asText())));
        return out;
    }

    /** The parameter values to read the template with: the given ones that differ from the defaults. */
    static Map<String, String> overrides(List<Parameter> parameters, Map<String, String> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Parameter p : parameters) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (!v.equals(p.defaultValue())) {
                out.put(p.name(), v);
            }
        }
        return out;
    }
}

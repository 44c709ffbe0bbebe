package dev.lambdadesk.sam;

import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.validation.RequestValidator;
import dev.lambdadesk.validation.Violation;

/**
 * Checks an application offline: each function, layer and code signing config with the forms' rules (on the
 * request built from the template after parameters and Globals), plus what only a template can get wrong: a Ref
 * to nothing, code that is not on disk, a function's CodeSigningConfigArn pointing at something that is not a
 * code signing config.
 */
public final class TemplateValidator {

    private static final Pattern LAYER_NAME = Pattern.compile("(arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:layer:"
            + "[a-zA-Z0-9-_]+)|[a-zA-Z0-9-_]+");

    private final RequestValidator rules;

    public TemplateValidator(RequestValidator rules) {
        this.rules = rules;
    }

    public List<Finding> validate(SamApplication app) {
        Set<Finding> findings = new LinkedHashSet<>(app.findings());
        RequestBuilder builder = new RequestBuilder(app, StackValues.predicted(app));
        for (SamResource r : app.resources()) {
            RequestBuilder.ResourceRequest built = builder.build(r);
            findings.addAll(built.findings());
            switch (r.type().kind()) {
                case FUNCTION -> function(app, built, findings);
                case LAYER -> layer(built, findings);
                case CODE_SIGNING_CONFIG -> check(built, Operation.CREATE_CODE_SIGNING_CONFIG, built.request(),
                        findings);
                case ROLE -> { }
            }
        }
        return List.copyOf(findings);
    }

    private void function(SamApplication app, RequestBuilder.ResourceRequest built, Set<Finding> findings) {
        String id = built.resource().logicalId();
        ObjectNode request = built.request().deepCopy();
        boolean image = request.path("PackageType").asText("Zip").equals("Image");
        codeFinding(built, image ? "ImageUri" : "CodeUri").ifPresent(findings::add);
        request.set("Code", placeholderCode(built.code(), id));
        JsonNode csc = built.resource().properties().get("CodeSigningConfigArn");
        if (csc != null && csc.has("Ref") && app.resource(csc.get("Ref").asText()).map(SamResource::type)
                .filter(t -> t == ResourceType.CODE_SIGNING_CONFIG).isEmpty()
                && !app.parameters().containsKey(csc.get("Ref").asText())) {
            findings.add(Finding.error(id, "CodeSigningConfigArn", "refers to " + csc.get("Ref").asText()
                    + ", which is not an AWS::Lambda::CodeSigningConfig of this template"));
        }
        check(built, Operation.CREATE_FUNCTION, request, findings);
    }

    private void layer(RequestBuilder.ResourceRequest built, Set<Finding> findings) {
        ObjectNode request = built.request().deepCopy();
        codeFinding(built, built.resource().type().isServerless() ? "ContentUri" : "Content")
                .ifPresent(findings::add);
        request.set("Content", placeholderCode(built.code(), built.resource().logicalId()));
        Optional<Operation> publish = Operation.fromApiName("PublishLayerVersion");
        if (publish.isPresent()) {
            check(built, publish.get(), request, findings);
            return;
        }
        String id = built.resource().logicalId();
        String name = request.path("LayerName").asText();
        if (name.isEmpty() || name.length() > 140 || !LAYER_NAME.matcher(name).matches()) {
            findings.add(Finding.error(id, "LayerName", "'" + name + "' is not a layer name: 1 to 140 letters, "
                    + "digits, hyphens and underscores"));
        }
        if (request.path("Description").asText().length() > 256) {
            findings.add(Finding.error(id, "Description", "is longer than 256 characters"));
        }
        if (request.path("CompatibleRuntimes").size() > 15) {
            findings.add(Finding.error(id, "CompatibleRuntimes", "lists more than 15 runtimes"));
        }
    }

    private void check(RequestBuilder.ResourceRequest built, Operation operation, ObjectNode request,
                       Set<Finding> findings) {
        String id = built.resource().logicalId();
        for (Violation v : rules.validate(operation, request)) {
            String property = RequestBuilder.propertyOf(built.resource(), v.path(), built.code());
            // A property that could not be evaluated is reported once, not again as missing.
            if (findings.stream().noneMatch(f -> f.resource().equals(id) && f.property().equals(property))) {
                findings.add(new Finding(id, property, v.message(), v.severity()));
            }
        }
    }

    /** A missing code source, or a local path that is not there. */
    private static Optional<Finding> codeFinding(RequestBuilder.ResourceRequest built, String property) {
        String id = built.resource().logicalId();
        return switch (built.code()) {
            case CodeSource.None n -> property.equals("ImageUri") ? Optional.empty() : Optional.of(Finding.error(id,
                    property, "is missing: give the folder or .zip file of the code (or InlineCode)"));
            case CodeSource.Local local when !Files.exists(local.path()) -> Optional.of(Finding.error(id, property,
                    "'" + local.written() + "' does not exist (looked for " + local.path() + ")"));
            case CodeSource.Local local when Files.isRegularFile(local.path()) && !Zips.isArchive(local.path()) ->
                    Optional.of(Finding.error(id, property, "'" + local.written() + "' is a file but not a .zip or "
                            + ".jar; give its folder or a .zip"));
            default -> Optional.empty();
        };
    }

    /** The Code member validation sees: where the package will be, not the bytes (they are checked on deploy). */
    private static JsonNode placeholderCode(CodeSource code, String id) {
        ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        switch (code) {
            case CodeSource.Local l -> out.put("S3Bucket", "lambdadesk-validate").put("S3Key", id + ".zip");
            case CodeSource.S3 s3 -> {
                out.put("S3Bucket", s3.bucket()).put("S3Key", s3.key());
                s3.version().ifPresent(v -> out.put("S3ObjectVersion", v));
            }
            case CodeSource.Inline i -> out.put("ZipFile", Base64.getEncoder().encodeToString(
                    Zips.inline(i.source(), "index.py")));
            case CodeSource.Image i -> out.put("ImageUri", i.uri());
            case CodeSource.None n -> { }
        }
        return out;
    }
}

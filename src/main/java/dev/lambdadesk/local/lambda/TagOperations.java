package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;

/**
 * TagResource, UntagResource and ListTags for functions and code signing configs; the other taggable kinds (event
 * source mappings, capacity providers, layers) are not held here, so they are answered as missing, as AWS answers.
 */
final class TagOperations {

    /** A Lambda resource carries at most this many tags. */
    static final int MAX_TAGS = 50;
    /** What AWS names each kind of resource in its "not found" answer, by the ARN's resource type. */
    private static final Map<String, String> MISSING = Map.of("event-source-mapping", "Event source mapping",
            "capacity-provider", "Capacity provider", "layer", "Layer");

    private static final String RESOURCE_PATTERN = "arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|"
            + "(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|"
            + "layer:([a-zA-Z0-9-_]+)|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)";

    private final LambdaContext ctx;

    TagOperations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse tag(ApiRequest request) throws IOException {
        Map<String, String> added = ctx.tags(ctx.body(request).get("Tags"));
        if (added.isEmpty()) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "An error occurred and the request cannot be processed.");
        }
        update(request, tags -> {
            Map<String, String> next = new TreeMap<>(tags);
            next.putAll(added);
            if (next.size() > MAX_TAGS) {
                throw tooManyTags();
            }
            return next;
        });
        return ApiResponse.empty(204);
    }

    ApiResponse untag(ApiRequest request) {
        if (request.queryAll("tagKeys").isEmpty()) {
            throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value null at 'tagKeys' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        update(request, tags -> {
            Map<String, String> next = new TreeMap<>(tags);
            request.queryAll("tagKeys").forEach(next::remove);
            return next;
        });
        return ApiResponse.empty(204);
    }

    ApiResponse list(ApiRequest request) {
        Map<String, String> tags = current(request);
        ObjectNode answer = ctx.mapper.createObjectNode();
        ObjectNode members = answer.putObject("Tags");
        tags.forEach(members::put);
        return ctx.json(200, answer);
    }

    private Map<String, String> current(ApiRequest request) {
        String resource = request.pathParam("Resource");
        String region = request.region();
        if (isCodeSigningConfig(resource)) {
            return ctx.codeSigningConfigs.get(resource)
                    .orElseThrow(() -> LambdaMessages.codeSigningConfigNotFound(resource)).tags();
        }
        return ctx.requireFunction(region, functionRef(resource, region)).tags();
    }

    private void update(ApiRequest request, UnaryOperator<Map<String, String>> change) {
        String resource = request.pathParam("Resource");
        String region = request.region();
        if (isCodeSigningConfig(resource)) {
            ctx.store.write(tx -> {
                CodeSigningConfigRecord csc = tx.get(LambdaRecords.CODE_SIGNING_CONFIGS, resource)
                        .orElseThrow(() -> LambdaMessages.codeSigningConfigNotFound(resource));
                tx.put(LambdaRecords.CODE_SIGNING_CONFIGS, resource, csc.withTags(change.apply(csc.tags())));
                return null;
            });
            return;
        }
        FunctionRef ref = functionRef(resource, region);
        String key = LambdaRecords.functionKey(region, ref.name());
        ctx.store.write(tx -> {
            FunctionRecord function = tx.get(LambdaRecords.FUNCTIONS, key)
                    .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
            ObjectNode config = function.latest().config().deepCopy();
            config.put("RevisionId", UUID.randomUUID().toString());
            tx.put(LambdaRecords.FUNCTIONS, key, function.withTags(change.apply(function.tags()))
                    .withLatest(function.latest().withConfig(config)));
            return null;
        });
    }

    private boolean isCodeSigningConfig(String resource) {
        if (!resource.matches(RESOURCE_PATTERN)) {
            throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value '" + resource
                    + "' at 'resource' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + RESOURCE_PATTERN);
        }
        return resource.contains(":code-signing-config:");
    }

    static ApiException tooManyTags() {
        return LambdaError.INVALID_PARAMETER_VALUE.withMessage("Number of tags exceeds resource tag limit.");
    }

    private static FunctionRef functionRef(String resource, String region) {
        if (!resource.contains(":function:")) {
            String type = resource.split(":")[5];
            throw LambdaError.RESOURCE_NOT_FOUND.withMessage(MISSING.get(type) + " not found: " + resource);
        }
        FunctionRef ref = FunctionRef.parse(resource, region);
        if (ref.qualifier() != null) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "Tags on function aliases and versions are not supported. Please specify a function ARN.");
        }
        return ref;
    }
}

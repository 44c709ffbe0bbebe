package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.signing.DeploymentVerdict;
import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.DurableStore;
import dev.lambdadesk.local.store.Table;
import dev.lambdadesk.validation.AwsErrors;
import dev.lambdadesk.validation.RequestValidator;

/** What Lambda's operations share: the store, its tables, the clock and the collaborators at its edges. */
final class LambdaContext {

    final DurableStore store;
    final Table<FunctionRecord> functions;
    final Table<FunctionVersion> versions;
    final Table<CodeSigningConfigRecord> codeSigningConfigs;
    final BlobStore blobs;
    final ObjectMapper mapper;
    final Clock clock;
    final long pendingMillis;
    final FunctionView view;
    final FunctionConfigs configs;
    final DeploymentPackages packages;
    final RoleDirectory roles;
    final CodeSigningVerification signing;
    final RequestValidator validator;
    final FunctionLayers layers;

    LambdaContext(ServiceEnvironment env, long pendingMillis, RoleDirectory roles, CodeObjectSource objects,
                  CodeSigningVerification signing) {
        this.store = env.store();
        this.functions = store.table(LambdaRecords.FUNCTIONS);
        this.versions = store.table(LambdaRecords.VERSIONS);
        this.codeSigningConfigs = store.table(LambdaRecords.CODE_SIGNING_CONFIGS);
        this.blobs = env.blobs();
        this.mapper = env.mapper();
        this.clock = env.clock();
        this.validator = env.validator();
        this.pendingMillis = pendingMillis;
        this.view = new FunctionView(mapper, clock);
        this.configs = new FunctionConfigs(mapper);
        this.packages = new DeploymentPackages(objects);
        this.roles = roles;
        this.signing = signing;
        this.layers = new FunctionLayers(store, blobs, signing);
    }

    /** The request's JSON body (an empty object when there is none). */
    ObjectNode body(ApiRequest request) {
        byte[] body = request.body();
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw LambdaError.INVALID_REQUEST_CONTENT.withMessage(
                    "Could not parse request body into json: the body is not a JSON object");
        } catch (IOException e) {
            throw LambdaError.INVALID_REQUEST_CONTENT.withMessage("Could not parse request body into json: Could "
                    + "not parse payload into json: " + firstLine(e.getMessage()));
        }
    }

    /** Refuses the request with the shared rules' findings, in AWS's wording, if there are any. */
    void validate(Operation operation, ObjectNode request) {
        AwsErrors.toAwsError(validator.validate(operation, request)).ifPresent(error -> {
            throw LambdaError.from(error);
        });
    }

    FunctionRecord requireFunction(String region, FunctionRef ref) {
        return functions.get(LambdaRecords.functionKey(region, ref.name()))
                .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
    }

    /** The function a qualified name belongs to; a missing one is reported with the qualifier as given. */
    FunctionRecord requireFunctionOf(String region, FunctionRef ref) {
        return functions.get(LambdaRecords.functionKey(region, ref.name()))
                .orElseThrow(() -> LambdaMessages.functionNotFound(ref.givenArn(region)));
    }

    /** The version a (possibly qualified) name points at; an alias answers with its version under the alias's ARN. */
    FunctionVersion requireVersion(String region, FunctionRef ref, FunctionRecord function) {
        if (ref.isLatest()) {
            return function.latest();
        }
        if (Target.isAlias(ref.qualifier())) {
            Target alias = Target.resolve(Rows.live(store), region, ref,
                    (miss, arn) -> LambdaMessages.functionNotFound(arn));
            ObjectNode config = alias.version().config().deepCopy();
            config.put("FunctionArn", alias.arn());  // AWS names the alias, not the version it points at
            return alias.version().withConfig(config);
        }
        try {
            int number = Integer.parseInt(ref.qualifier());
            return versions.get(LambdaRecords.versionKey(region, ref.name(), number))
                    .orElseThrow(() -> LambdaMessages.functionNotFound(ref.arn(region)));
        } catch (NumberFormatException e) {
            throw LambdaMessages.functionNotFound(ref.arn(region));
        }
    }

    /** Refuses a change while the function is being created or updated, as AWS does. */
    void requireIdle(FunctionRecord function) {
        long now = clock.millis();
        if (function.latest().pendingAt(now)) {
            throw LambdaMessages.stillPending();
        }
        if (function.latest().updatingAt(now)) {
            throw LambdaMessages.updateInProgress(function.arn());
        }
    }

    void requireRevision(JsonNode request, FunctionVersion version) {
        if (request.hasNonNull("RevisionId")
                && !request.get("RevisionId").asText().equals(version.text("RevisionId"))) {
            throw LambdaMessages.revisionMismatch();
        }
    }

    /** The code signing config a function deploys under, or null when it has none. */
    CodeSigningConfigRecord codeSigningConfigOf(FunctionRecord function) {
        String arn = function.codeSigningConfigArn();
        return arn == null ? null : codeSigningConfigs.get(arn)
                .orElseThrow(() -> LambdaMessages.codeSigningConfigMissingForDeploy(arn));
    }

    /** Verifies a package under the function's code signing config; refuses it or returns what to record. */
    DeploymentVerdict checkSigning(CodeSigningConfigRecord config, ResolvedCode code, String functionArn) {
        if (code.isImage()) {
            throw LambdaMessages.imageWithCodeSigning();
        }
        return signing.verify(code.zip(), config, functionArn);
    }

    Map<String, String> tags(JsonNode tags) {
        Map<String, String> result = new TreeMap<>();
        if (tags != null && tags.isObject()) {
            tags.properties().forEach(tag -> result.put(tag.getKey(), tag.getValue().asText()));
        }
        return result;
    }

    List<String> texts(JsonNode array) {
        return array == null || !array.isArray() ? List.of()
                : StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    String lastModifiedNow() {
        return FunctionView.lastModified(clock.instant());
    }

    ApiResponse json(int status, JsonNode body) {
        try {
            return ApiResponse.json(status, mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("Writing a JSON response failed", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

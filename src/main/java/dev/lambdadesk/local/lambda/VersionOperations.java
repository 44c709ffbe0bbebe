package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;

/** PublishVersion and DeleteFunction (a whole function, or one version with a qualifier). */
final class VersionOperations {

    /** An alias name: letters, digits, - and _, not all digits. */
    private static final Pattern ALIAS_NAME = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");

    private final LambdaContext ctx;

    VersionOperations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse publish(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String key = LambdaRecords.functionKey(region, ref.name());
        FunctionVersion version = ctx.store.write(tx -> {
            FunctionRecord current = tx.get(LambdaRecords.FUNCTIONS, key)
                    .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
            ctx.requireIdle(current);
            ctx.requireRevision(body, current.latest());
            String codeSha256 = current.latest().text("CodeSha256");
            if (body.hasNonNull("CodeSha256") && !body.get("CodeSha256").asText().equals(codeSha256)) {
                throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("CodeSHA256 ("
                        + body.get("CodeSha256").asText() + ") is different from current CodeSHA256 in $LATEST ("
                        + codeSha256 + "). Please try again with the CodeSHA256 in $LATEST.");
            }
            String fingerprint = Publishing.fingerprint(current.latest());
            if (current.lastVersion() > 0 && fingerprint.equals(current.publishedFingerprint())) {
                return tx.get(LambdaRecords.VERSIONS, LambdaRecords.versionKey(region, ref.name(),
                        current.lastVersion())).orElseThrow();
            }
            int number = current.lastVersion() + 1;
            FunctionVersion published = Publishing.version(current.latest(), region, ref.name(), number,
                    body.hasNonNull("Description") ? body.get("Description").asText() : null,
                    ctx.clock.millis() + ctx.pendingMillis);
            tx.put(LambdaRecords.FUNCTIONS, key, current.withPublished(current.latest(), number, fingerprint));
            tx.put(LambdaRecords.VERSIONS, LambdaRecords.versionKey(region, ref.name(), number), published);
            return published;
        });
        return ctx.json(201, ctx.view.configuration(version, FunctionView.Phase.NOW));
    }

    /**
     * Deletes the function, or one version of it. As on AWS, $LATEST and aliases cannot be deleted this way and a
     * version that does not exist is already deleted.
     */
    ApiResponse delete(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parseQualified(request.pathParam("FunctionName"), request.query("Qualifier"),
                region);
        if ("$LATEST".equals(ref.qualifier())) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "$LATEST version cannot be deleted without deleting the function.");
        }
        if (ref.qualifier() != null && ALIAS_NAME.matcher(ref.qualifier()).matches()) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Deletion of aliases is not currently supported.");
        }
        String key = LambdaRecords.functionKey(region, ref.name());
        ctx.store.write(tx -> {
            tx.get(LambdaRecords.FUNCTIONS, key)
                    .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
            if (ref.qualifier() == null) {
                tx.delete(LambdaRecords.FUNCTIONS, key);
                ctx.versions.withPrefix(LambdaRecords.versionPrefix(region, ref.name())).keySet()
                        .forEach(versionKey -> tx.delete(LambdaRecords.VERSIONS, versionKey));
                ControlRecords.deleteFunction(ctx, tx, region, ref.name());
                return null;
            }
            String versionKey = versionKey(region, ref);
            if (versionKey != null && tx.get(LambdaRecords.VERSIONS, versionKey).isPresent()) {
                tx.delete(LambdaRecords.VERSIONS, versionKey);
            }
            ControlRecords.deleteQualifier(tx, region, ref.name(), ref.qualifier());
            return null;
        });
        return ApiResponse.empty(204);
    }

    /** The version's key, or null when the qualifier names no version that could exist. */
    private static String versionKey(String region, FunctionRef ref) {
        try {
            return LambdaRecords.versionKey(region, ref.name(), Integer.parseInt(ref.qualifier()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

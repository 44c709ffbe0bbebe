package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.store.Table;

/**
 * AddLayerVersionPermission, RemoveLayerVersionPermission and GetLayerVersionPolicy: a version's resource policy,
 * written as AWS writes it (statements {Sid, Effect, Principal, Action, Resource[, Condition]}, Id "default") and
 * revised under a RevisionId.
 */
final class LayerPolicies {

    private final LambdaContext ctx;
    private final Table<LayerVersionRecord> versions;

    LayerPolicies(LambdaContext ctx, Table<LayerVersionRecord> versions) {
        this.ctx = ctx;
        this.versions = versions;
    }

    ApiResponse add(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        ObjectNode input = body.deepCopy().put("LayerName", request.pathParam("LayerName"));
        try {
            input.put("VersionNumber", Long.parseLong(request.pathParam("VersionNumber")));
        } catch (NumberFormatException e) {
            input.put("VersionNumber", request.pathParam("VersionNumber"));
        }
        request.query("RevisionId").ifPresent(r -> input.put("RevisionId", r));
        ctx.validate(Operation.ADD_LAYER_VERSION_PERMISSION, input);
        Target target = target(request);
        String sid = body.path("StatementId").asText();
        ObjectNode statement = statement(sid, body, target.arn());
        LayerPolicy policy = ctx.store.write(tx -> {
            LayerVersionRecord v = tx.get(LayerRecords.VERSIONS, target.key()).orElseThrow(target::missing);
            List<ObjectNode> statements = v.policy() == null ? new ArrayList<>()
                    : new ArrayList<>(v.policy().statements());
            if (v.policy() != null && v.policy().has(sid)) {
                throw LambdaError.RESOURCE_CONFLICT.withMessage("The statement id (" + sid + ") provided already "
                        + "exists. Please provide a new statement id, or remove the existing statement.");
            }
            requireRevision(request, v.policy());
            statements.add(statement);
            LayerPolicy revised = new LayerPolicy(UUID.randomUUID().toString(), statements);
            tx.put(LayerRecords.VERSIONS, target.key(), v.withPolicy(revised));
            return revised;
        });
        ObjectNode answer = ctx.mapper.createObjectNode();
        answer.put("Statement", ctx.mapper.writeValueAsString(statement));
        answer.put("RevisionId", policy.revisionId());
        return ctx.json(201, answer);
    }

    ApiResponse get(ApiRequest request) throws JsonProcessingException {
        Target target = target(request);
        LayerVersionRecord v = versions.get(target.key()).orElseThrow(target::missing);
        if (v.policy() == null || v.policy().statements().isEmpty()) {
            throw LambdaError.RESOURCE_NOT_FOUND.withMessage("No policy is associated with the given resource.");
        }
        ObjectNode policy = ctx.mapper.createObjectNode().put("Version", "2012-10-17").put("Id", "default");
        v.policy().statements().forEach(policy.putArray("Statement")::add);
        ObjectNode answer = ctx.mapper.createObjectNode();
        answer.put("Policy", ctx.mapper.writeValueAsString(policy));
        answer.put("RevisionId", v.policy().revisionId());
        return ctx.json(200, answer);
    }

    ApiResponse remove(ApiRequest request) {
        Target target = target(request);
        String sid = request.pathParam("StatementId");
        ctx.store.write(tx -> {
            LayerVersionRecord v = tx.get(LayerRecords.VERSIONS, target.key()).orElseThrow(target::missing);
            requireRevision(request, v.policy());
            if (v.policy() == null || !v.policy().has(sid)) {
                throw LambdaError.RESOURCE_NOT_FOUND.withMessage("Statement " + sid
                        + " is not found in resource policy.");
            }
            List<ObjectNode> kept = v.policy().statements().stream()
                    .filter(s -> !sid.equals(s.path("Sid").asText())).toList();
            tx.put(LayerRecords.VERSIONS, target.key(), v.withPolicy(
                    new LayerPolicy(UUID.randomUUID().toString(), kept)));
            return null;
        });
        return ApiResponse.empty(204);
    }

    /** A statement as AWS writes it: an account principal becomes its root ARN; an organization a condition. */
    private ObjectNode statement(String sid, ObjectNode body, String resource) {
        ObjectNode statement = ctx.mapper.createObjectNode().put("Sid", sid).put("Effect", "Allow");
        String principal = body.path("Principal").asText();
        if ("*".equals(principal)) {
            statement.put("Principal", "*");
        } else {
            statement.putObject("Principal").put("AWS", principal.startsWith("arn:") ? principal
                    : "arn:aws:iam::" + principal + ":root");
        }
        statement.put("Action", body.path("Action").asText()).put("Resource", resource);
        if (body.hasNonNull("OrganizationId")) {
            statement.putObject("Condition").putObject("StringEquals")
                    .put("aws:PrincipalOrgID", body.get("OrganizationId").asText());
        }
        return statement;
    }

    private static void requireRevision(ApiRequest request, LayerPolicy policy) {
        String revision = request.query("RevisionId").orElse(null);
        if (revision != null && (policy == null || !revision.equals(policy.revisionId()))) {
            throw LambdaError.PRECONDITION_FAILED.withMessage("The Revision Id provided does not match the latest "
                    + "Revision Id. Call the GetLayerPolicy API to retrieve the latest Revision Id");
        }
    }

    private Target target(ApiRequest request) {
        LayerArns.VersionRef layer = LayerOperations.layerOf(ctx, request);
        long number = LayerArns.versionNumber(request.pathParam("VersionNumber"));
        String arn = LayerArns.versionArn(layer.region(), layer.name(), number);
        String key = layer.local() ? LayerRecords.versionKey(layer.region(), layer.name(), number) : "";
        return new Target(key, arn);
    }

    /** The version a request names: its store key ("" for another account's) and ARN. */
    private record Target(String key, String arn) {
        ApiException missing() {
            return LambdaError.RESOURCE_NOT_FOUND.withMessage("Layer version " + arn + " does not exist.");
        }
    }
}

package dev.lambdadesk.local.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.store.Transaction;

/** AddPermission, RemovePermission and GetPolicy: the resource-based policy of a function, version or alias. */
final class PolicyOperations {

    static final String QUALIFIER_PATTERN = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+";
    private static final String RESOURCE_MISSING = "The resource you requested does not exist.";

    private final LambdaContext ctx;
    private final PolicyStatements statements;

    PolicyOperations(LambdaContext ctx) {
        this.ctx = ctx;
        this.statements = new PolicyStatements(ctx.mapper);
    }

    ApiResponse add(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        String region = request.region();
        new FieldFindings().required(body.get("StatementId"), "statementId")
                .required(body.get("Action"), "action").required(body.get("Principal"), "principal")
                .pattern(body.path("StatementId").asText(null), "statementId", "([a-zA-Z0-9-_]+)", 100)
                .pattern(body.path("Action").asText(null), "action", "(lambda:[*]|lambda:[a-zA-Z]+|[*])", 256)
                .pattern(request.query("Qualifier").orElse(null), "qualifier", QUALIFIER_PATTERN, 128).check();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), request.query("Qualifier"), region);
        if (Target.LATEST.equals(ref.qualifier())) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "We currently do not support adding policies for $LATEST.");
        }
        String sid = body.get("StatementId").asText();
        ObjectNode statement = ctx.store.write(tx -> {
            Target target = Target.resolve(Rows.of(tx), region, ref, (miss, arn) -> miss == Target.Miss.ALIAS
                    ? AliasOperations.cannotFind(region, ref.name(), ref.qualifier())
                    : LambdaMessages.functionNotFound(arn));
            ObjectNode added = statements.statement(body, target.arn());
            if (body.hasNonNull("RevisionId") && !body.get("RevisionId").asText().equals(target.revisionId())) {
                throw LambdaError.PRECONDITION_FAILED.withMessage("The Revision Id provided does not match the latest "
                        + "Revision Id. Call the GetPolicy API to retrieve the latest Revision Id");
            }
            List<ObjectNode> current = new ArrayList<>(policy(tx, target).map(PolicyRecord::statements)
                    .orElse(List.of()));
            if (current.stream().anyMatch(s -> sid.equals(s.path("Sid").asText()))) {
                throw LambdaError.RESOURCE_CONFLICT.withMessage("The statement id (" + sid + ") provided already "
                        + "exists. Please provide a new statement id, or remove the existing statement.");
            }
            current.add(added);
            tx.put(ControlRecords.POLICIES, target.key(), new PolicyRecord(current));
            bumpRevision(tx, target);
            return added;
        });
        return ctx.json(201, ctx.mapper.createObjectNode().put("Statement", statement.toString()));
    }

    ApiResponse remove(ApiRequest request) {
        String region = request.region();
        new FieldFindings().pattern(request.query("Qualifier").orElse(null), "qualifier", QUALIFIER_PATTERN, 128)
                .check();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), request.query("Qualifier"), region);
        String sid = request.pathParam("StatementId");
        Optional<String> revision = request.query("RevisionId");
        ctx.store.write(tx -> {
            Target target = Target.resolve(Rows.of(tx), region, ref, (miss, arn) -> miss == Target.Miss.ALIAS
                    ? AliasOperations.cannotFind(region, ref.name(), ref.qualifier())
                    : LambdaError.RESOURCE_NOT_FOUND.withMessage("No policy found for: " + arn));
            PolicyRecord policy = policy(tx, target).orElseThrow(() -> LambdaError.RESOURCE_NOT_FOUND
                    .withMessage("No policy is associated with the given resource."));
            if (revision.isPresent() && !revision.get().equals(target.revisionId())) {
                throw LambdaMessages.revisionMismatch();
            }
            List<ObjectNode> remaining = new ArrayList<>(policy.statements());
            if (!remaining.removeIf(s -> sid.equals(s.path("Sid").asText()))) {
                throw LambdaError.RESOURCE_NOT_FOUND.withMessage("Statement " + sid
                        + " is not found in resource policy.");
            }
            if (remaining.isEmpty()) {
                tx.delete(ControlRecords.POLICIES, target.key());
            } else {
                tx.put(ControlRecords.POLICIES, target.key(), new PolicyRecord(remaining));
            }
            bumpRevision(tx, target);
            return null;
        });
        return ApiResponse.empty(204);
    }

    ApiResponse get(ApiRequest request) {
        String region = request.region();
        new FieldFindings().pattern(request.query("Qualifier").orElse(null), "qualifier", QUALIFIER_PATTERN, 128)
                .check();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), request.query("Qualifier"), region);
        Target target = Target.resolve(Rows.live(ctx.store), region, ref, (miss, arn) -> resourceMissing());
        PolicyRecord policy = ctx.store.table(ControlRecords.POLICIES).get(target.key())
                .orElseThrow(PolicyOperations::resourceMissing);
        return ctx.json(200, ctx.mapper.createObjectNode().put("Policy", statements.document(policy))
                .put("RevisionId", target.revisionId()));
    }

    private static Optional<PolicyRecord> policy(Transaction tx, Target target) {
        return tx.get(ControlRecords.POLICIES, target.key());
    }

    /** A policy change is a change of the function, version or alias: it gets a new RevisionId, as on AWS. */
    private static void bumpRevision(Transaction tx, Target target) {
        String revision = UUID.randomUUID().toString();
        AliasRecord alias = target.alias();
        if (alias != null) {
            tx.put(ControlRecords.ALIASES, target.key(), new AliasRecord(alias.region(), alias.function(),
                    alias.name(), alias.functionVersion(), alias.description(), alias.weights(), revision));
            return;
        }
        ObjectNode config = target.version().config().deepCopy();
        config.put("RevisionId", revision);
        FunctionRecord function = target.function();
        if (target.isUnqualified()) {
            tx.put(LambdaRecords.FUNCTIONS, LambdaRecords.functionKey(function.region(), function.name()),
                    function.withLatest(target.version().withConfig(config)));
        } else {
            tx.put(LambdaRecords.VERSIONS, LambdaRecords.versionKey(function.region(), function.name(),
                    Integer.parseInt(target.qualifier())), target.version().withConfig(config));
        }
    }

    private static ApiException resourceMissing() {
        return LambdaError.RESOURCE_NOT_FOUND.withMessage(RESOURCE_MISSING);
    }
}

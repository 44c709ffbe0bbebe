package dev.lambdadesk.local.lambda;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;
import dev.lambdadesk.local.store.Transaction;

/** CreateAlias, GetAlias, ListAliases, UpdateAlias and DeleteAlias, with the routing config AWS allows. */
final class AliasOperations {

    static final String NAME_PATTERN = "(?!^[0-9]+$)([a-zA-Z0-9-_]+)";
    private static final String VERSION_PATTERN = "(\\$LATEST(\\.PUBLISHED)?|[0-9]+)";

    private final LambdaContext ctx;
    private final AliasRouting routing;

    AliasOperations(LambdaContext ctx) {
        this.ctx = ctx;
        this.routing = new AliasRouting();
    }

    ApiResponse create(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String name = text(body, "Name");
        String version = text(body, "FunctionVersion");
        new FieldFindings().required(body.get("Name"), "name").required(body.get("FunctionVersion"), "functionVersion")
                .pattern(name, "name", NAME_PATTERN, 128).pattern(version, "functionVersion", VERSION_PATTERN, 1024)
                .pattern(text(body, "Description"), "description", "(?s).*", 256).check();
        Map<String, Double> weights = routing.weights(body, version);
        AliasRecord alias = ctx.store.write(tx -> {
            FunctionRecord function = requireVersions(Rows.of(tx), region, ref.name(), version, weights);
            String key = ControlRecords.key(region, ref.name(), name);
            AliasRecord created = new AliasRecord(region, function.name(), name, version, text(body, "Description"),
                    weights, UUID.randomUUID().toString());
            if (tx.get(ControlRecords.ALIASES, key).isPresent()) {
                throw LambdaError.RESOURCE_CONFLICT.withMessage("Alias already exists: " + created.arn());
            }
            tx.put(ControlRecords.ALIASES, key, created);
            return created;
        });
        return ctx.json(201, json(alias));
    }

    ApiResponse get(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String name = aliasName(request);
        AliasRecord alias = ctx.store.table(ControlRecords.ALIASES).get(ControlRecords.key(region, ref.name(), name))
                .orElseThrow(() -> cannotFind(region, ref.name(), name));
        return ctx.json(200, json(alias));
    }

    ApiResponse list(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        ctx.requireFunction(region, ref);
        String version = request.query("FunctionVersion").orElse(null);
        new FieldFindings().pattern(version, "functionVersion", VERSION_PATTERN, 1024).check();
        NavigableMap<String, AliasRecord> rows = new TreeMap<>();
        ctx.store.table(ControlRecords.ALIASES).withPrefix(LambdaRecords.versionPrefix(region, ref.name()))
                .forEach((key, alias) -> {
                    if (version == null || alias.routesTo(version)) {
                        rows.put(key, alias);
                    }
                });
        Paging.Page<AliasRecord> page = ControlPaging.page(rows, request, FunctionQueries.pageSize(request));
        return ctx.json(200, ControlPaging.answer(ctx.mapper, "Aliases",
                page.items().stream().map(this::json).toList(), page.nextMarker()));
    }

    ApiResponse update(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String name = aliasName(request);
        String newVersion = text(body, "FunctionVersion");
        new FieldFindings().pattern(newVersion, "functionVersion", VERSION_PATTERN, 1024)
                .pattern(text(body, "Description"), "description", "(?s).*", 256).check();
        AliasRecord updated = ctx.store.write(tx -> {
            String key = ControlRecords.key(region, ref.name(), name);
            AliasRecord current = tx.get(ControlRecords.ALIASES, key).orElseThrow(() -> LambdaError.RESOURCE_NOT_FOUND
                    .withMessage("Alias not found: " + FunctionRef.arn(region, ref.name()) + ":" + name));
            if (body.hasNonNull("RevisionId") && !body.get("RevisionId").asText().equals(current.revisionId())) {
                throw LambdaMessages.revisionMismatch();
            }
            String version = newVersion != null ? newVersion : current.functionVersion();
            Map<String, Double> weights = body.has("RoutingConfig") ? routing.weights(body, version)
                    : routing.check(current.weights(), version);
            requireVersions(Rows.of(tx), region, ref.name(), version, weights);
            AliasRecord next = new AliasRecord(region, current.function(), name, version,
                    body.has("Description") ? text(body, "Description") : current.description(), weights,
                    UUID.randomUUID().toString());
            ProvisionedConcurrencyOperations.requireMovable(tx, current, next);
            tx.put(ControlRecords.ALIASES, key, next);
            return next;
        });
        return ctx.json(200, json(updated));
    }

    ApiResponse delete(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String name = aliasName(request);
        ctx.store.write(tx -> {
            deleteAlias(tx, region, ref.name(), name);
            return null;
        });
        return ApiResponse.empty(204);
    }

    private static void deleteAlias(Transaction tx, String region, String function, String name) {
        String key = ControlRecords.key(region, function, name);
        if (tx.get(ControlRecords.ALIASES, key).isPresent()) {
            tx.delete(ControlRecords.ALIASES, key);
            ControlRecords.deleteQualifier(tx, region, function, name);
        }
    }

    /** The function, after checking that the alias's version and its weighted version exist. */
    private static FunctionRecord requireVersions(Rows rows, String region, String name, String version,
                                                  Map<String, Double> weights) {
        String arn = FunctionRef.arn(region, name);
        FunctionRecord function = rows.get(LambdaRecords.FUNCTIONS, LambdaRecords.functionKey(region, name))
                .orElseThrow(() -> LambdaMessages.functionNotFound(arn + ":" + version));
        for (String needed : Stream.concat(Stream.of(version), weights.keySet().stream()).toList()) {
            if (Target.version(rows, function, needed) == null) {
                throw LambdaMessages.functionNotFound(arn + ":" + needed);
            }
        }
        return function;
    }

    private String aliasName(ApiRequest request) {
        String name = request.pathParam("Name");
        new FieldFindings().pattern(name, "name", NAME_PATTERN, 128).check();
        return name;
    }

    static ApiException cannotFind(String region, String function, String alias) {
        return LambdaError.RESOURCE_NOT_FOUND.withMessage("Cannot find alias arn: " + FunctionRef.arn(region, function)
                + ":" + alias);
    }

    ObjectNode json(AliasRecord alias) {
        ObjectNode out = ctx.mapper.createObjectNode();
        out.put("AliasArn", alias.arn());
        out.put("Name", alias.name());
        out.put("FunctionVersion", alias.functionVersion());
        out.put("Description", alias.description());
        if (!alias.weights().isEmpty()) {
            ObjectNode weights = out.putObject("RoutingConfig").putObject("AdditionalVersionWeights");
            alias.weights().forEach(weights::put);
        }
        out.put("RevisionId", alias.revisionId());
        return out;
    }

    private static String text(JsonNode body, String member) {
        JsonNode value = body.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}

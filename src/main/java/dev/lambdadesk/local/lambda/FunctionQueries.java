package dev.lambdadesk.local.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/** GetFunction, GetFunctionConfiguration, ListFunctions, ListVersionsByFunction and GetAccountSettings. */
final class FunctionQueries {

    static final int MAX_PAGE = 50;
    private static final String LATEST_SLOT = "0000000000";

    private final LambdaContext ctx;
    private final CodeLocations locations;

    FunctionQueries(LambdaContext ctx, CodeLocations locations) {
        this.ctx = ctx;
        this.locations = locations;
    }

    ApiResponse getFunction(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parseQualified(request.pathParam("FunctionName"), request.query("Qualifier"),
                region);
        FunctionRecord function = ctx.requireFunctionOf(region, ref);
        FunctionVersion version = ctx.requireVersion(region, ref, function);
        return ApiResponse.json(200, ctx.view.json((json, provider) -> {
            json.writeStartObject();
            json.writeFieldName("Configuration");
            ctx.view.writeConfiguration(json, version, FunctionView.Phase.NOW, provider);
            json.writeObjectFieldStart("Code");
            if (version.imageUri() != null) {
                json.writeStringField("RepositoryType", "ECR");
                json.writeStringField("ImageUri", version.imageUri());
                json.writeStringField("ResolvedImageUri", version.imageUri().split("[:@]")[0] + "@sha256:"
                        + version.text("CodeSha256"));
            } else {
                json.writeStringField("RepositoryType", "S3");
                json.writeStringField("Location", locations.location(region, version.codeBlob()));
            }
            json.writeEndObject();
            if (!function.tags().isEmpty()) {
                json.writeObjectFieldStart("Tags");
                for (Map.Entry<String, String> tag : function.tags().entrySet()) {
                    json.writeStringField(tag.getKey(), tag.getValue());
                }
                json.writeEndObject();
            }
            Optional<Integer> reserved = ConcurrencyOperations.reserved(ctx, region, ref.name());
            if (reserved.isPresent()) {
                json.writeObjectFieldStart("Concurrency");
                json.writeNumberField("ReservedConcurrentExecutions", reserved.get());
                json.writeEndObject();
            }
            json.writeEndObject();
        }));
    }

    ApiResponse getConfiguration(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parseQualified(request.pathParam("FunctionName"), request.query("Qualifier"),
                region);
        FunctionVersion version = ctx.requireVersion(region, ref, ctx.requireFunctionOf(region, ref));
        return ApiResponse.json(200, ctx.view.json((json, provider) ->
                ctx.view.writeConfiguration(json, version, FunctionView.Phase.NOW, provider)));
    }

    ApiResponse listFunctions(ApiRequest request) {
        int size = pageSize(request);
        Optional<String> functionVersion = request.query("FunctionVersion");
        if (functionVersion.isPresent() && !"ALL".equals(functionVersion.get())) {
            throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value '" + functionVersion.get()
                    + "' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum value set: [ALL]");
        }
        boolean all = functionVersion.isPresent();
        NavigableMap<String, FunctionRecord> functions =
                ctx.functions.withPrefix(LambdaRecords.regionPrefix(request.region()));
        Paging.Page<FunctionVersion> page = all ? allVersions(functions, request.query("Marker"), size)
                : latestOnly(functions, request.query("Marker"), size);
        return ApiResponse.json(200, ctx.view.listPage("Functions", page.items(), page.nextMarker()));
    }

    ApiResponse listVersions(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        FunctionRecord function = ctx.requireFunction(region, ref);
        NavigableMap<String, FunctionVersion> slots = new TreeMap<>();
        slots.put(LATEST_SLOT, function.latest());
        String prefix = LambdaRecords.versionPrefix(region, ref.name());
        ctx.versions.withPrefix(prefix).forEach((key, version) -> slots.put(key.substring(prefix.length()), version));
        Paging.Page<FunctionVersion> page = page(slots, request.query("Marker"), pageSize(request));
        return ApiResponse.json(200, ctx.view.listPage("Versions", page.items(), page.nextMarker()));
    }

    ApiResponse accountSettings(ApiRequest request) {
        String region = request.region();
        long totalCodeSize = 0;
        NavigableMap<String, FunctionRecord> functions = ctx.functions.withPrefix(LambdaRecords.regionPrefix(region));
        for (FunctionRecord function : functions.values()) {
            totalCodeSize += function.latest().config().path("CodeSize").asLong();
            for (FunctionVersion version : ctx.versions.withPrefix(
                    LambdaRecords.versionPrefix(region, function.name())).values()) {
                totalCodeSize += version.config().path("CodeSize").asLong();
            }
        }
        ObjectNode answer = ctx.mapper.createObjectNode();
        answer.putObject("AccountLimit").put("TotalCodeSize", 80_530_636_800L)
                .put("CodeSizeUnzipped", DeploymentPackages.MAX_UNZIPPED_BYTES)
                .put("CodeSizeZipped", DeploymentPackages.MAX_ZIPPED_BYTES)
                .put("ConcurrentExecutions", ConcurrencyOperations.ACCOUNT_LIMIT).put("UnreservedConcurrentExecutions",
                        ConcurrencyOperations.ACCOUNT_LIMIT - ConcurrencyOperations.reservedInAccount(ctx));
        answer.putObject("AccountUsage").put("TotalCodeSize", totalCodeSize).put("FunctionCount", functions.size());
        return ctx.json(200, answer);
    }

    private Paging.Page<FunctionVersion> latestOnly(NavigableMap<String, FunctionRecord> functions,
                                                    Optional<String> marker, int size) {
        Paging.Page<FunctionRecord> page = page(functions, marker, size);
        return new Paging.Page<>(page.items().stream().map(FunctionRecord::latest).toList(), page.nextMarker());
    }

    /** Every function's $LATEST followed by its versions; the marker names a function key and version slot. */
    private Paging.Page<FunctionVersion> allVersions(NavigableMap<String, FunctionRecord> functions,
                                                     Optional<String> marker, int size) {
        String from = marker.map(FunctionQueries::decode).orElse("");
        String fromFunction = from.contains("#") ? from.substring(0, from.indexOf('#')) : from;
        List<FunctionVersion> items = new ArrayList<>();
        NavigableMap<String, FunctionRecord> remaining;
        try {
            remaining = marker.isEmpty() ? functions : functions.tailMap(fromFunction, true);
        } catch (IllegalArgumentException e) {
            throw LambdaMessages.invalidMarker();
        }
        for (FunctionRecord function : remaining.values()) {
            String key = LambdaRecords.functionKey(function.region(), function.name());
            NavigableMap<String, FunctionVersion> slots = new TreeMap<>();
            slots.put(key + "#" + LATEST_SLOT, function.latest());
            String prefix = LambdaRecords.versionPrefix(function.region(), function.name());
            ctx.versions.withPrefix(prefix).forEach((k, v) -> slots.put(key + "#" + k.substring(prefix.length()), v));
            for (Map.Entry<String, FunctionVersion> slot : slots.tailMap(from, true).entrySet()) {
                if (items.size() == size) {
                    return new Paging.Page<>(items, Paging.encode(slot.getKey()));
                }
                items.add(slot.getValue());
            }
        }
        return new Paging.Page<>(items, null);
    }

    private static <T> Paging.Page<T> page(NavigableMap<String, T> rows, Optional<String> marker, int size) {
        try {
            return Paging.page(rows, marker, size);
        } catch (IllegalArgumentException e) {
            throw LambdaMessages.invalidMarker();
        }
    }

    private static String decode(String marker) {
        try {
            return Paging.decode(marker);
        } catch (IllegalArgumentException e) {
            throw LambdaMessages.invalidMarker();
        }
    }

    static int pageSize(ApiRequest request) {
        Optional<String> maxItems = request.query("MaxItems");
        if (maxItems.isEmpty()) {
            return MAX_PAGE;
        }
        try {
            int value = Integer.parseInt(maxItems.get());
            if (value >= 1 && value <= 10_000) {
                return Math.min(value, MAX_PAGE);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value '" + maxItems.get()
                + "' at 'maxItems' failed to satisfy constraint: Member must have value "
                + (maxItems.get().startsWith("-") || "0".equals(maxItems.get()) ? "greater than or equal to 1"
                : "less than or equal to 10000"));
    }
}

package dev.lambdadesk.local.lambda;

import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;
import dev.lambdadesk.local.store.Table;

/**
 * ListLayers (each layer with its newest version matching the CompatibleRuntime / CompatibleArchitecture filters)
 * and ListLayerVersions (newest first, deleted versions left out), paged by Marker and MaxItems (at most 50).
 */
final class LayerListings {

    private static final int MAX_PAGE = 50;

    private final LambdaContext ctx;
    private final Table<LayerVersionRecord> versions;
    private final LayerView view;

    LayerListings(LambdaContext ctx, Table<LayerVersionRecord> versions, LayerView view) {
        this.ctx = ctx;
        this.versions = versions;
        this.view = view;
    }

    ApiResponse listLayers(ApiRequest request) {
        Filter filter = filter(request, Operation.LIST_LAYERS, null);
        NavigableMap<String, ObjectNode> layers = new TreeMap<>();
        String prefix = LambdaRecords.regionPrefix(request.region());
        ctx.store.table(LayerRecords.LAYERS).withPrefix(prefix).forEach((key, layer) ->
                latestMatching(layer, filter).ifPresent(v -> layers.put(key, view.layerItem(v))));
        return page(request, layers, "Layers", filter.size());
    }

    ApiResponse listVersions(ApiRequest request) {
        String layerName = request.pathParam("LayerName");
        Filter filter = filter(request, Operation.LIST_LAYER_VERSIONS, layerName);
        LayerArns.VersionRef layer = LayerArns.layer(layerName, request.region());
        NavigableMap<String, ObjectNode> items = new TreeMap<>();
        if (layer.local()) {
            versions.withPrefix(LambdaRecords.versionPrefix(layer.region(), layer.name())).descendingMap()
                    .forEach((key, v) -> {
                        if (v.matches(filter.runtime(), filter.architecture())) {
                            items.put(key, view.listItem(v));
                        }
                    });
        }
        return page(request, items.descendingMap(), "LayerVersions", filter.size());
    }

    private Optional<LayerVersionRecord> latestMatching(LayerRecord layer, Filter filter) {
        return versions.withPrefix(LambdaRecords.versionPrefix(layer.region(), layer.name())).descendingMap()
                .values().stream().filter(v -> v.matches(filter.runtime(), filter.architecture())).findFirst();
    }

    private ApiResponse page(ApiRequest request, NavigableMap<String, ObjectNode> rows, String member, int size) {
        Paging.Page<ObjectNode> page;
        try {
            page = Paging.page(rows, request.query("Marker"), size);
        } catch (IllegalArgumentException e) {
            throw LambdaMessages.invalidMarker();
        }
        ObjectNode answer = ctx.mapper.createObjectNode();
        if (page.nextMarker() != null) {
            answer.put("NextMarker", page.nextMarker());
        }
        ArrayNode items = answer.putArray(member);
        page.items().forEach(items::add);
        return ctx.json(200, answer);
    }

    /** The query's filters and page size, checked by the shared rules as the request AWS reads. */
    private Filter filter(ApiRequest request, Operation operation, String layerName) {
        ObjectNode input = ctx.mapper.createObjectNode();
        if (layerName != null) {
            input.put("LayerName", layerName);
        }
        request.query("CompatibleRuntime").ifPresent(v -> input.put("CompatibleRuntime", v));
        request.query("MaxItems").ifPresent(v -> {
            try {
                input.put("MaxItems", Long.parseLong(v));
            } catch (NumberFormatException e) {
                input.put("MaxItems", v);
            }
        });
        request.query("CompatibleArchitecture").ifPresent(v -> input.put("CompatibleArchitecture", v));
        ctx.validate(operation, input);
        int size = input.has("MaxItems") ? input.get("MaxItems").asInt() : MAX_PAGE;
        return new Filter(input.path("CompatibleRuntime").asText(null),
                input.path("CompatibleArchitecture").asText(null), size);
    }

    private record Filter(String runtime, String architecture, int size) {
    }
}

package dev.lambdadesk.local.signer;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/** ListSigningPlatforms, GetSigningPlatform and the tagging of signing profiles. */
final class CatalogueOperations {

    private static final int MAX_TAGS = 200;

    private final SignerContext ctx;

    CatalogueOperations(SignerContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse listPlatforms(ApiRequest request) {
        Optional<String> category = request.query("category");
        Optional<String> partner = request.query("partner");
        Optional<String> target = request.query("target");
        NavigableMap<String, SigningPlatforms.Platform> matching = new TreeMap<>();
        for (SigningPlatforms.Platform platform : SigningPlatforms.all()) {
            if (category.map(platform.category()::equals).orElse(true)
                    && partner.map(platform.partner()::equals).orElse(true)
                    && target.map(platform.target()::equals).orElse(true)) {
                matching.put(platform.platformId(), platform);
            }
        }
        Paging.Page<SigningPlatforms.Platform> page = SignerPages.page(matching, request);
        ObjectNode answer = ctx.mapper.createObjectNode();
        ArrayNode items = answer.putArray("platforms");
        page.items().forEach(p -> items.add(SigningPlatforms.describe(p, ctx.mapper)));
        if (page.nextMarker() != null) {
            answer.put("nextToken", page.nextMarker());
        }
        return ctx.json(answer);
    }

    ApiResponse getPlatform(ApiRequest request) {
        String id = request.pathParam("platformId");
        return ctx.json(SigningPlatforms.describe(SigningPlatforms.find(id).orElseThrow(() ->
                SignerError.RESOURCE_NOT_FOUND.withMessage("The signing platform " + id + " does not exist.")),
                ctx.mapper));
    }

    ApiResponse tag(ApiRequest request) {
        JsonNode tags = ctx.body(request).get("tags");
        if (tags == null || !tags.isObject() || tags.isEmpty()) {
            throw SignerError.VALIDATION.withMessage("1 validation error detected: Value null at 'tags' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        Map<String, String> added = ctx.stringMap(tags);
        added.keySet().stream().filter(k -> k.startsWith("aws:")).findFirst().ifPresent(k -> {
            throw SignerError.BAD_REQUEST.withMessage("Tag keys starting with 'aws:' are reserved: " + k);
        });
        update(request, current -> {
            Map<String, String> all = new TreeMap<>(current);
            all.putAll(added);
            if (all.size() > MAX_TAGS) {
                throw SignerError.BAD_REQUEST.withMessage("A signing profile can have at most " + MAX_TAGS
                        + " tags.");
            }
            return all;
        });
        return ctx.empty();
    }

    ApiResponse untag(ApiRequest request) {
        List<String> keys = request.queryAll("tagKeys");
        if (keys.isEmpty()) {
            throw SignerError.VALIDATION.withMessage("1 validation error detected: Value null at 'tagKeys' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        update(request, current -> {
            Map<String, String> remaining = new TreeMap<>(current);
            keys.forEach(remaining::remove);
            return remaining;
        });
        return ctx.empty();
    }

    ApiResponse listTags(ApiRequest request) {
        ProfileRecord profile = ctx.requireProfile(request.region(), taggedName(request));
        ObjectNode answer = ctx.mapper.createObjectNode();
        ObjectNode tags = answer.putObject("tags");
        profile.tags().forEach(tags::put);
        return ctx.json(answer);
    }

    private void update(ApiRequest request, UnaryOperator<Map<String, String>> change) {
        String name = taggedName(request);
        String key = SignerRecords.profileKey(request.region(), name);
        ctx.store.write(tx -> {
            ProfileRecord profile = tx.get(SignerRecords.PROFILES, key).orElseThrow(() ->
                    SignerError.RESOURCE_NOT_FOUND.withMessage("The signing profile " + name + " does not exist."));
            if (ProfileRecord.CANCELED.equals(profile.status())) {
                throw SignerError.BAD_REQUEST.withMessage("The signing profile " + name + " is canceled; its tags "
                        + "cannot be changed.");
            }
            tx.put(SignerRecords.PROFILES, key, profile.withTags(change.apply(profile.tags())));
            return null;
        });
    }

    /** The profile a tagging ARN names; only profile ARNs of this region can be tagged. */
    private static String taggedName(ApiRequest request) {
        String arn = request.pathParam("resourceArn");
        return SignerArns.parseProfile(arn).filter(p -> p.region().equals(request.region()) && p.version() == null)
                .map(SignerArns.ProfileArn::name)
                .orElseThrow(() -> SignerError.BAD_REQUEST.withMessage("The resource ARN " + arn + " is not the ARN "
                        + "of a signing profile in " + request.region() + "."));
    }
}

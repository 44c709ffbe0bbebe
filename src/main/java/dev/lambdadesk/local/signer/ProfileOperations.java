package dev.lambdadesk.local.signer;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;
import dev.lambdadesk.local.signing.SigningKeyMaterial;

/** PutSigningProfile, GetSigningProfile, ListSigningProfiles, CancelSigningProfile and RevokeSigningProfile. */
final class ProfileOperations {

    private static final Logger LOG = Logger.getLogger(ProfileOperations.class.getName());
    private static final String VERSION_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int DEFAULT_VALIDITY_MONTHS = 135;

    private final SignerContext ctx;
    private final ProfileView view;
    private final SecureRandom random = new SecureRandom();

    ProfileOperations(SignerContext ctx) {
        this.ctx = ctx;
        this.view = new ProfileView(ctx.mapper);
    }

    ApiResponse put(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        String name = request.pathParam("profileName");
        ctx.validate(Operation.PUT_SIGNING_PROFILE, body.deepCopy().put("profileName", name));
        String platformId = body.path("platformId").asText();
        if (SigningPlatforms.find(platformId).isEmpty()) {
            throw SignerError.VALIDATION.withMessage("The platform ID " + platformId + " is not a signing platform. "
                    + "Call ListSigningPlatforms for the platform IDs.");
        }
        String region = request.region();
        JsonNode validity = body.path("signatureValidityPeriod");
        String version = newVersion();
        ProfileRecord wanted = new ProfileRecord(region, name, version, platformId,
                validity.path("value").asInt(DEFAULT_VALIDITY_MONTHS), validity.path("type").asText("MONTHS"),
                body.path("signingMaterial").path("certificateArn").asText(null),
                body.get("overrides") instanceof ObjectNode o ? o.deepCopy() : null,
                ctx.stringMap(body.get("signingParameters")), ctx.stringMap(body.get("tags")), ProfileRecord.ACTIVE,
                ctx.clock.millis(), null);
        SigningKeyMaterial key = SigningKeyMaterial.generate(wanted.versionArn());
        String storeKey = SignerRecords.profileKey(region, name);
        ProfileRecord profile = ctx.store.write(tx -> {
            Optional<ProfileRecord> existing = tx.get(SignerRecords.PROFILES, storeKey);
            if (existing.isPresent()) {
                return sameProfile(existing.get(), wanted);
            }
            tx.put(SignerRecords.PROFILES, storeKey, wanted);
            tx.put(SignerRecords.KEYS, wanted.versionArn(), key);
            return wanted;
        });
        if (profile == wanted) {
            LOG.fine(() -> "Created signing profile " + wanted.versionArn());
        }
        ObjectNode answer = ctx.mapper.createObjectNode().put("arn", profile.arn())
                .put("profileVersion", profile.version()).put("profileVersionArn", profile.versionArn());
        return ctx.json(answer);
    }

    /** PutSigningProfile of an existing name: the same settings again are answered as before; others refused. */
    private static ProfileRecord sameProfile(ProfileRecord existing, ProfileRecord wanted) {
        if (ProfileRecord.CANCELED.equals(existing.status())) {
            throw SignerError.VALIDATION.withMessage("The signing profile " + existing.name() + " was canceled, and "
                    + "the name of a canceled profile cannot be used again. Choose another name.");
        }
        boolean same = existing.platformId().equals(wanted.platformId())
                && existing.validityValue() == wanted.validityValue()
                && existing.validityType().equals(wanted.validityType())
                && Objects.equals(existing.certificateArn(), wanted.certificateArn())
                && Objects.equals(existing.overrides(), wanted.overrides())
                && existing.signingParameters().equals(wanted.signingParameters());
        if (!same) {
            throw SignerError.VALIDATION.withMessage("A signing profile named " + existing.name() + " already exists "
                    + "with other settings, and a profile cannot be changed. Choose another name.");
        }
        return existing;
    }

    ApiResponse get(ApiRequest request) {
        return ctx.json(view.detailed(ctx.requireProfile(request.region(), request.pathParam("profileName"))));
    }

    ApiResponse list(ApiRequest request) {
        boolean includeCanceled = request.query("includeCanceled").filter("true"::equalsIgnoreCase).isPresent();
        List<String> statuses = request.queryAll("statuses");
        Optional<String> platform = request.query("platformId");
        NavigableMap<String, ProfileRecord> matching = new TreeMap<>();
        ctx.profiles.withPrefix(SignerRecords.regionPrefix(request.region())).forEach((key, profile) -> {
            boolean statusShown = !statuses.isEmpty() ? statuses.contains(profile.status())
                    : includeCanceled || ProfileRecord.ACTIVE.equals(profile.status());
            if (statusShown && platform.map(profile.platformId()::equals).orElse(true)) {
                matching.put(key, profile);
            }
        });
        Paging.Page<ProfileRecord> page = SignerPages.page(matching, request);
        ObjectNode answer = ctx.mapper.createObjectNode();
        ArrayNode items = answer.putArray("profiles");
        page.items().forEach(p -> items.add(view.summary(p)));
        if (page.nextMarker() != null) {
            answer.put("nextToken", page.nextMarker());
        }
        return ctx.json(answer);
    }

    ApiResponse cancel(ApiRequest request) {
        String key = SignerRecords.profileKey(request.region(), request.pathParam("profileName"));
        ctx.store.write(tx -> {
            ProfileRecord profile = tx.get(SignerRecords.PROFILES, key).orElseThrow(() -> SignerError.RESOURCE_NOT_FOUND
                    .withMessage("The signing profile " + request.pathParam("profileName") + " does not exist."));
            if (ProfileRecord.ACTIVE.equals(profile.status())) {
                tx.put(SignerRecords.PROFILES, key, profile.withStatus(ProfileRecord.CANCELED));
            }
            return null;
        });
        return ctx.empty();
    }

    ApiResponse revoke(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        String name = request.pathParam("profileName");
        ctx.validate(Operation.REVOKE_SIGNING_PROFILE, body.deepCopy().put("profileName", name));
        long effective = instant(body.get("effectiveTime")).toEpochMilli();
        String version = body.path("profileVersion").asText();
        String reason = body.path("reason").asText();
        String key = SignerRecords.profileKey(request.region(), name);
        ctx.store.write(tx -> {
            ProfileRecord profile = tx.get(SignerRecords.PROFILES, key).orElseThrow(() ->
                    SignerError.RESOURCE_NOT_FOUND.withMessage("The signing profile " + name + " does not exist."));
            if (!profile.version().equals(version)) {
                throw SignerError.VALIDATION.withMessage("Signing profile " + name + " has no version " + version
                        + "; its version is " + profile.version() + ".");
            }
            ProfileRecord.Revocation earlier = profile.revocation();
            if (earlier != null && effective > earlier.effectiveFrom()) {
                throw SignerError.VALIDATION.withMessage("Signing profile " + name + " is already revoked effective "
                        + Instant.ofEpochMilli(earlier.effectiveFrom()) + "; the effective time can only be moved "
                        + "earlier, not to " + Instant.ofEpochMilli(effective) + ".");
            }
            tx.put(SignerRecords.PROFILES, key, profile.withRevocation(new ProfileRecord.Revocation(effective,
                    ctx.clock.millis(), SignerArns.CALLER, reason)));
            return null;
        });
        return ctx.empty();
    }

    /** A body timestamp: epoch seconds (integer or decimal) or, as some clients send it, ISO-8601 text. */
    private static Instant instant(JsonNode value) {
        try {
            BigDecimal seconds = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        } catch (NumberFormatException notANumber) {
            try {
                return OffsetDateTime.parse(value.asText().trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw SignerError.VALIDATION.withMessage("effectiveTime is not a timestamp.");
            }
        }
    }

    private String newVersion() {
        StringBuilder version = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            version.append(VERSION_CHARACTERS.charAt(random.nextInt(VERSION_CHARACTERS.length())));
        }
        return version.toString();
    }
}

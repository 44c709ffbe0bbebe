package dev.lambdadesk.local.signer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;

/**
 * GetRevocationStatus (the SDK sends it to the {@code data-} host; this endpoint routes by path, so any host works):
 * which of a signature's job, profile version and certificates are revoked for a signature made at a given time.
 */
final class RevocationOperations {

    private static final List<String> REQUIRED = List.of("signatureTimestamp", "platformId", "profileVersionArn",
            "jobArn", "certificateHashes");

    private final SignerContext ctx;
    private final SignerTrust trust;

    RevocationOperations(SignerContext ctx, SignerTrust trust) {
        this.ctx = ctx;
        this.trust = trust;
    }

    ApiResponse status(ApiRequest request) {
        List<String> missing = REQUIRED.stream().filter(name -> request.queryAll(name).isEmpty()).toList();
        if (!missing.isEmpty()) {
            List<String> clauses = missing.stream().map(name -> "Value null at '" + name
                    + "' failed to satisfy constraint: Member must not be null").toList();
            throw SignerError.VALIDATION.withMessage(clauses.size() + (clauses.size() == 1 ? " validation error"
                    : " validation errors") + " detected: " + String.join("; ", clauses));
        }
        Instant signedAt = timestamp(request.query("signatureTimestamp").orElseThrow());
        String jobArn = request.query("jobArn").orElseThrow();
        String profileVersionArn = request.query("profileVersionArn").orElseThrow();
        List<String> revoked = new ArrayList<>();
        if (trust.isSignatureRevoked(jobArn)) {
            revoked.add(jobArn);
        }
        Optional<Instant> profileRevokedFrom = trust.profileVersionRevokedFrom(profileVersionArn);
        if (profileRevokedFrom.isPresent() && !signedAt.isBefore(profileRevokedFrom.get())) {
            revoked.add(profileVersionArn);
        }
        ObjectNode answer = ctx.mapper.createObjectNode();
        ArrayNode entities = answer.putArray("revokedEntities");
        revoked.forEach(entities::add);
        return ctx.json(answer);
    }

    /** The SDK writes query timestamps as ISO-8601; epoch seconds are taken too. */
    private static Instant timestamp(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return Instant.ofEpochMilli(Math.round(Double.parseDouble(text) * 1000));
            } catch (NumberFormatException notNumber) {
                throw SignerError.VALIDATION.withMessage("1 validation error detected: Value '" + text
                        + "' at 'signatureTimestamp' failed to satisfy constraint: Member must be a timestamp");
            }
        }
    }
}

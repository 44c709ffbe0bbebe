package dev.lambdadesk.local.signer;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A signing profile as stored (one version per profile; its key pair is a separate {@code signer.key} record).
 *
 * @param region            the region it lives in
 * @param name              its name
 * @param version           the 10-character profile version
 * @param platformId        its signing platform
 * @param validityValue     the signature validity period's value
 * @param validityType      DAYS, MONTHS or YEARS
 * @param certificateArn    the signing material's certificate ARN, or null
 * @param overrides         the platform overrides as given, or null
 * @param signingParameters the signing parameters as given
 * @param tags              its tags
 * @param status            Active, Canceled or Revoked
 * @param createdAt         epoch millis
 * @param revocation        the profile's revocation, or null
 */
record ProfileRecord(String region, String name, String version, String platformId, int validityValue,
                     String validityType, String certificateArn, ObjectNode overrides,
                     Map<String, String> signingParameters, Map<String, String> tags, String status, long createdAt,
                     Revocation revocation) {

    static final String ACTIVE = "Active";
    static final String CANCELED = "Canceled";
    static final String REVOKED = "Revoked";

    /** RevokeSigningProfile's record: signatures made at or after {@code effectiveFrom} are not trusted. */
    record Revocation(long effectiveFrom, long revokedAt, String revokedBy, String reason) {
    }

    ProfileRecord {
        signingParameters = signingParameters == null ? Map.of() : new TreeMap<>(signingParameters);
        tags = tags == null ? Map.of() : new TreeMap<>(tags);
    }

    String arn() {
        return SignerArns.profile(region, name);
    }

    String versionArn() {
        return arn() + "/" + version;
    }

    ProfileRecord withStatus(String newStatus) {
        return new ProfileRecord(region, name, version, platformId, validityValue, validityType, certificateArn,
                overrides, signingParameters, tags, newStatus, createdAt, revocation);
    }

    ProfileRecord withRevocation(Revocation newRevocation) {
        return new ProfileRecord(region, name, version, platformId, validityValue, validityType, certificateArn,
                overrides, signingParameters, tags, REVOKED, createdAt, newRevocation);
    }

    ProfileRecord withTags(Map<String, String> newTags) {
        return new ProfileRecord(region, name, version, platformId, validityValue, validityType, certificateArn,
                overrides, signingParameters, newTags, status, createdAt, revocation);
    }
}

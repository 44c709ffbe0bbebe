package dev.lambdadesk.local.signer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A signing profile as GetSigningProfile and ListSigningProfiles answer it. */
final class ProfileView {

    private final ObjectMapper mapper;

    ProfileView(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** GetSigningProfile's answer. */
    ObjectNode detailed(ProfileRecord profile) {
        ObjectNode node = summary(profile);
        if (profile.revocation() != null) {
            ProfileRecord.Revocation revocation = profile.revocation();
            node.putObject("revocationRecord")
                    .put("revocationEffectiveFrom", SignerContext.seconds(revocation.effectiveFrom()))
                    .put("revokedAt", SignerContext.seconds(revocation.revokedAt()))
                    .put("revokedBy", revocation.revokedBy());
            node.put("statusReason", revocation.reason());
        }
        if (profile.overrides() != null) {
            node.set("overrides", profile.overrides().deepCopy());
        }
        return node;
    }

    /** A ListSigningProfiles item (the SigningProfile shape). */
    ObjectNode summary(ProfileRecord profile) {
        ObjectNode node = mapper.createObjectNode()
                .put("profileName", profile.name())
                .put("profileVersion", profile.version())
                .put("profileVersionArn", profile.versionArn());
        if (profile.certificateArn() != null) {
            node.putObject("signingMaterial").put("certificateArn", profile.certificateArn());
        }
        node.put("platformId", profile.platformId())
                .put("platformDisplayName", SigningPlatforms.displayName(profile.platformId()));
        node.putObject("signatureValidityPeriod").put("value", profile.validityValue())
                .put("type", profile.validityType());
        if (!profile.signingParameters().isEmpty()) {
            ObjectNode parameters = node.putObject("signingParameters");
            profile.signingParameters().forEach(parameters::put);
        }
        node.put("status", profile.status()).put("arn", profile.arn());
        if (!profile.tags().isEmpty()) {
            ObjectNode tags = node.putObject("tags");
            profile.tags().forEach(tags::put);
        }
        return node;
    }
}

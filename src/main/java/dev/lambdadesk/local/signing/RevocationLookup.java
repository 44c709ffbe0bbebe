package dev.lambdadesk.local.signing;

import java.time.Instant;
import java.util.Optional;

/** The revocation records Signer keeps, as Lambda needs them on deploy. */
public interface RevocationLookup {

    /** Whether RevokeSignature was called for this signing job. */
    boolean isSignatureRevoked(String jobArn);

    /** The effective time of the profile version's revocation (revocationEffectiveFrom), if it was revoked. */
    Optional<Instant> profileVersionRevokedFrom(String profileVersionArn);

    /** No revocations at all. */
    static RevocationLookup none() {
        return new RevocationLookup() {
            @Override
            public boolean isSignatureRevoked(String jobArn) {
                return false;
            }

            @Override
            public Optional<Instant> profileVersionRevokedFrom(String profileVersionArn) {
                return Optional.empty();
            }
        };
    }
}

package dev.lambdadesk.local.signing;

import java.security.PublicKey;
import java.util.Optional;

/** Finds the public key of a signing profile version by its ARN (also for cancelled and revoked profiles). */
@FunctionalInterface
public interface SigningKeyLookup {

    Optional<PublicKey> publicKeyOf(String profileVersionArn);
}

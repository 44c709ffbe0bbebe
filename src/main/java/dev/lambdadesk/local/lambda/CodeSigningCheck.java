package dev.lambdadesk.local.lambda;

import java.time.Instant;
import java.util.List;

/**
 * Inspects a deployment package for a function whose code signing config applies (CreateFunction with a config,
 * UpdateFunctionCode of a function with one). It only reports what it finds; Lambda applies the config's
 * Warn/Enforce policy to the verdict (and always refuses an integrity failure).
 */
@FunctionalInterface
public interface CodeSigningCheck {

    /**
     * @param packageBytes              the zip as uploaded
     * @param allowedProfileVersionArns the config's {@code AllowedPublishers.SigningProfileVersionArns}
     * @param now                       the endpoint's time, for expiry
     */
    SigningVerdict check(byte[] packageBytes, List<String> allowedProfileVersionArns, Instant now);

    /** Treats every package as unsigned: a signature mismatch, refused under Enforce and accepted under Warn. */
    static CodeSigningCheck unsignedOnly() {
        return (packageBytes, allowed, now) -> SigningVerdict.mismatch("The package carries no signature.");
    }
}

package dev.lambdadesk.core;

import java.util.Objects;

/**
 * A Signer signing platform, as ListSigningPlatforms describes it.
 *
 * @param partner     who the platform signs for: {@code AWSLambda} for Lambda code packages
 * @param maxSizeInMB the largest payload it signs
 */
public record SigningPlatformInfo(String platformId, String displayName, String partner, String category,
                                  int maxSizeInMB, boolean revocationSupported) {

    /** The platform Lambda code is signed with. */
    public static final String LAMBDA = "AWSLambda-SHA384-ECDSA";

    public SigningPlatformInfo {
        Objects.requireNonNull(platformId, "platformId");
        displayName = displayName == null || displayName.isEmpty() ? platformId : displayName;
        partner = partner == null ? "" : partner;
        category = category == null ? "" : category;
    }

    /** True for the platform whose signatures Lambda checks on deploy. */
    public boolean signsLambdaCode() {
        return LAMBDA.equals(platformId);
    }
}

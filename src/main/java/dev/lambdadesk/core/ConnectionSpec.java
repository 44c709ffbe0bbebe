package dev.lambdadesk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Where LambdaDesk sends its requests: the embedded local endpoint, or an AWS profile in a region with an optional
 * endpoint URL (LocalStack, a team sandbox).
 */
public sealed interface ConnectionSpec {

    /** The region of a connection nothing else gives one: the local endpoint's own, and AWS's first. */
    String DEFAULT_REGION = "us-east-1";

    String region();

    /** A short label for the connection indicator, e.g. "Local endpoint · us-east-1". */
    String label();

    /** The embedded local endpoint. */
    record Local(String region) implements ConnectionSpec {
        public Local {
            Objects.requireNonNull(region, "region");
        }

        @Override
        public String label() {
            return "Local endpoint · " + region;
        }
    }

    /** A profile from ~/.aws/config or ~/.aws/credentials. */
    record Profile(String profileName, String region, Optional<String> endpointUrl) implements ConnectionSpec {
        public Profile {
            Objects.requireNonNull(profileName, "profileName");
            Objects.requireNonNull(region, "region");
            endpointUrl = Objects.requireNonNullElse(endpointUrl, Optional.empty());
        }

        @Override
        public String label() {
            return profileName + " · " + region + endpointUrl.map(u -> " · " + u).orElse("");
        }
    }
}

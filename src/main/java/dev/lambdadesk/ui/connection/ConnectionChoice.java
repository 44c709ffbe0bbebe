package dev.lambdadesk.ui.connection;

import java.util.Optional;

import dev.lambdadesk.aws.AwsProfiles;
import dev.lambdadesk.core.ConnectionSpec;

/** One line of the connection picker: the embedded local endpoint, or a profile from the AWS files. */
public sealed interface ConnectionChoice {

    /** The line as the picker shows it, e.g. "dev-sso · IAM Identity Center". */
    String label();

    /** The region the AWS config file gives this choice (a profile's {@code region}), if any. */
    Optional<String> ownRegion();

    /** Whether an endpoint URL can go with this choice (the local endpoint has its own address). */
    boolean takesEndpointUrl();

    /** Whether the person picks the region (the local endpoint keeps the one it was started with). */
    default boolean takesRegion() {
        return takesEndpointUrl();
    }

    ConnectionSpec toSpec(String region, Optional<String> endpointUrl);

    /** The embedded local endpoint. */
    record Local() implements ConnectionChoice {
        @Override
        public String label() {
            return "Local endpoint · built in, no AWS account";
        }

        @Override
        public Optional<String> ownRegion() {
            return Optional.empty();
        }

        @Override
        public boolean takesEndpointUrl() {
            return false;
        }

        @Override
        public ConnectionSpec toSpec(String region, Optional<String> endpointUrl) {
            return new ConnectionSpec.Local(region);
        }
    }

    /** A profile found in ~/.aws/config or ~/.aws/credentials. */
    record Profile(AwsProfiles.AwsProfile profile) implements ConnectionChoice {
        @Override
        public String label() {
            return profile.name() + " · " + profile.kind().label();
        }

        @Override
        public Optional<String> ownRegion() {
            return profile.region();
        }

        @Override
        public boolean takesEndpointUrl() {
            return true;
        }

        @Override
        public ConnectionSpec toSpec(String region, Optional<String> endpointUrl) {
            return new ConnectionSpec.Profile(profile.name(), region, endpointUrl);
        }
    }
}

package dev.lambdadesk.app;

import java.net.URI;
import java.util.Optional;

import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.EndpointUrls;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.core.ConnectionSpec;

/**
 * Where {@code sam package|deploy|delete} connect, as the AWS CLI decides it: credentials from the default chain
 * (environment, AWS_PROFILE, profiles, SSO) or {@code --profile}; the region from {@code --region}, the environment
 * or the profile; any endpoint with {@code --endpoint-url} (the local endpoint: its credentials file through
 * AWS_SHARED_CREDENTIALS_FILE and --profile).
 */
final class SamConnectionOptions {

    @Option(names = "--profile", paramLabel = "NAME", description = "A profile from the AWS config or credentials "
            + "file (default: the AWS CLI's credential chain).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "Region (default: AWS_REGION, the profile's, "
            + "else us-east-1).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send requests here instead of AWS, e.g. "
            + "the local endpoint http://127.0.0.1:4599.")
    String endpointUrl;

    /** Why the options cannot be used, or empty. */
    Optional<String> problem() {
        if (endpointUrl != null) {
            return EndpointUrls.problem(endpointUrl).map(p -> "--endpoint-url '" + endpointUrl + "': " + p);
        }
        return Optional.empty();
    }

    String region() {
        if (region != null) {
            return region;
        }
        for (String variable : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        String name = profile != null ? profile : Optional.ofNullable(System.getenv("AWS_PROFILE")).orElse("default");
        return ProfileFile.defaultProfileFile().profile(name).flatMap(p -> p.property(ProfileProperty.REGION))
                .orElse(ConnectionOptions.DEFAULT_REGION);
    }

    AwsClients open() {
        Optional<URI> endpoint = Optional.ofNullable(endpointUrl).map(String::strip).map(URI::create);
        return profile != null ? ProfileSource.defaults().clients(new ConnectionSpec.Profile(profile, region(),
                Optional.ofNullable(endpointUrl).map(String::strip)))
                : AwsClients.of(DefaultCredentialsProvider.builder().build(), region(), endpoint);
    }

    AwsErrorExplainer explainer() {
        return new AwsErrorExplainer(Optional.ofNullable(profile));
    }
}

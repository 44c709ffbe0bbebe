package dev.lambdadesk.app;

import java.util.Optional;

import picocli.CommandLine.Option;

import dev.lambdadesk.aws.AwsProfiles;
import dev.lambdadesk.aws.EndpointUrls;
import dev.lambdadesk.core.ConnectionSpec;

/**
 * The desktop app's connection options and where it connects at start: the command line first, then the last
 * connection the person picked, then the local endpoint. The command line is for this run only; it is not
 * remembered.
 */
final class ConnectionOptions {

    static final String DEFAULT_REGION = ConnectionSpec.DEFAULT_REGION;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Connect with this profile from ~/.aws/config or ~/.aws/credentials.")
    String profile;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region to work in (default: the profile's region, else " + DEFAULT_REGION + ").")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send requests to this URL instead of AWS (LocalStack, a sandbox); goes with --profile.")
    String endpointUrl;

    @Option(names = "--local", description = "Connect to the embedded local endpoint (no AWS account).")
    boolean local;

    /** Where to connect, and a sentence for the person when the wish could not be followed. */
    record Start(ConnectionSpec spec, Optional<String> notice) {
    }

    /** Why this combination of options cannot be used, in one line; empty when it can. */
    Optional<String> problem() {
        if (local && profile != null) {
            return Optional.of("Use either --local or --profile, not both.");
        }
        if (profile != null && profile.isBlank()) {
            return Optional.of("--profile needs the name of a profile.");
        }
        if (region != null && AwsProfiles.regionProblem(region).isPresent()) {
            return Optional.of("--region " + AwsProfiles.regionProblem(region).get());
        }
        if (endpointUrl != null) {
            if (local) {
                return Optional.of("--endpoint-url goes with --profile; the local endpoint has its own address.");
            }
            if (profile == null) {
                return Optional.of("--endpoint-url needs --profile NAME, the profile whose credentials sign the "
                        + "requests.");
            }
            Optional<String> urlProblem = EndpointUrls.problem(endpointUrl);
            if (urlProblem.isPresent()) {
                return Optional.of("--endpoint-url '" + endpointUrl + "': " + urlProblem.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Where to connect at start. A profile that does not exist (any more) gives the local endpoint and a notice,
     * never a failure. Call only when {@link #problem()} is empty.
     */
    Start resolve(ConnectionSpec remembered, AwsProfiles.Discovery profiles) {
        ConnectionSpec wanted = wanted(remembered, profiles);
        if (wanted instanceof ConnectionSpec.Profile p
                && profiles.profiles().stream().noneMatch(found -> found.name().equals(p.profileName()))) {
            String from = profile != null ? "given with --profile" : "of the last connection";
            // the local endpoint keeps its own region: the profile's would show another region's (empty) lists
            return new Start(new ConnectionSpec.Local(DEFAULT_REGION), Optional.of("There is no profile named '"
                    + p.profileName() + "' (" + from + ") in the AWS config or credentials file"
                    + profiles.problem().map(problem -> ": " + problem).orElse(".")
                    + " LambdaDesk connected to the local endpoint instead."));
        }
        return new Start(wanted, Optional.empty());
    }

    private ConnectionSpec wanted(ConnectionSpec remembered, AwsProfiles.Discovery profiles) {
        if (local) {
            return new ConnectionSpec.Local(regionOr(remembered instanceof ConnectionSpec.Local l
                    ? l.region() : DEFAULT_REGION));
        }
        if (profile != null) {
            Optional<String> ownRegion = profiles.profiles().stream().filter(p -> p.name().equals(profile))
                    .findFirst().flatMap(AwsProfiles.AwsProfile::region);
            return new ConnectionSpec.Profile(profile, regionOr(ownRegion.orElse(DEFAULT_REGION)),
                    Optional.ofNullable(endpointUrl).map(String::strip));
        }
        return switch (remembered) {
            case ConnectionSpec.Local l -> new ConnectionSpec.Local(regionOr(l.region()));
            case ConnectionSpec.Profile p -> new ConnectionSpec.Profile(p.profileName(), regionOr(p.region()),
                    p.endpointUrl());
        };
    }

    private String regionOr(String fallback) {
        return region != null ? region : fallback;
    }
}

package dev.lambdadesk.aws;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSupplier;

import dev.lambdadesk.core.ConnectionSpec;

/**
 * Where AWS profiles come from: the default files ({@code ~/.aws/config}, {@code ~/.aws/credentials}, with the
 * environment's overrides) or two given files. The same source lists the profiles and signs with them, so what the
 * picker shows is what the clients use.
 */
public final class ProfileSource {

    private final Supplier<AwsProfiles.Discovery> discovery;
    private final Supplier<ProfileFile> profileFile;

    private ProfileSource(Supplier<AwsProfiles.Discovery> discovery, Supplier<ProfileFile> profileFile) {
        this.discovery = discovery;
        this.profileFile = profileFile;
    }

    /** The default locations, as the AWS CLI reads them; edits to the files are picked up on the next call. */
    public static ProfileSource defaults() {
        return new ProfileSource(AwsProfiles::discover, ProfileFileSupplier.defaultSupplier());
    }

    /** Exactly these two files (either may be missing); edits to files that exist now are picked up. */
    public static ProfileSource files(Path configFile, Path credentialsFile) {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(credentialsFile, "credentialsFile");
        return new ProfileSource(() -> AwsProfiles.discover(configFile, credentialsFile),
                supplierOf(configFile, credentialsFile));
    }

    /** The profiles there are now, and a sentence on any file that could not be read. Reads files: not on the FX thread. */
    public AwsProfiles.Discovery discover() {
        return discovery.get();
    }

    /** The profile file the SDK's credential providers read. */
    public Supplier<ProfileFile> profileFile() {
        return profileFile;
    }

    /** Clients that sign with {@code spec}'s profile and send to its region, or to its endpoint URL when it has one. */
    public AwsClients clients(ConnectionSpec.Profile spec) {
        Optional<URI> endpoint = spec.endpointUrl().map(EndpointUrls::parse);
        return AwsClients.profile(spec.profileName(), spec.region(), endpoint, profileFile);
    }

    private static Supplier<ProfileFile> supplierOf(Path configFile, Path credentialsFile) {
        List<ProfileFileSupplier> present = new ArrayList<>();
        if (Files.isRegularFile(credentialsFile)) {
            present.add(ProfileFileSupplier.reloadWhenModified(credentialsFile, ProfileFile.Type.CREDENTIALS));
        }
        if (Files.isRegularFile(configFile)) {
            present.add(ProfileFileSupplier.reloadWhenModified(configFile, ProfileFile.Type.CONFIGURATION));
        }
        return present.isEmpty() ? ProfileFileSupplier.fixedProfileFile(ProfileFile.aggregator().build())
                : ProfileFileSupplier.aggregate(present.toArray(ProfileFileSupplier[]::new));
    }
}

package dev.lambdadesk.aws;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;

import dev.lambdadesk.aws.sso.SsoSession;
import dev.lambdadesk.aws.sso.SsoTokenCache;
import dev.lambdadesk.core.ConnectionSpec;

/**
 * Where AWS profiles come from: the default files ({@code ~/.aws/config}, {@code ~/.aws/credentials}, with the
 * environment's overrides) or two given files. The same reading lists the profiles and signs with them, so what the
 * picker shows is what the clients use.
 *
 * <p>The SDK's own suppliers decide once, when they are built, which files exist, and miss edits made within the
 * same clock tick; here both paths are looked at on every use, so a file created or edited while the app runs is
 * read. Thread-safe.
 */
public final class ProfileSource {

    private final Path configFile;
    private final Path credentialsFile;
    private final SsoTokenCache tokens;
    private Stamp stamp;
    private AwsProfiles.Read read;

    private ProfileSource(Path configFile, Path credentialsFile, SsoTokenCache tokens) {
        this.configFile = Objects.requireNonNull(configFile, "configFile");
        this.credentialsFile = Objects.requireNonNull(credentialsFile, "credentialsFile");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** The default locations, as the AWS CLI reads them; files created or edited later are picked up. */
    public static ProfileSource defaults() {
        return new ProfileSource(ProfileFileLocation.configurationFilePath(),
                ProfileFileLocation.credentialsFilePath(), SsoTokenCache.standard());
    }

    /** Exactly these two files (either may be missing now and appear later), and the AWS CLI's sign-in cache. */
    public static ProfileSource files(Path configFile, Path credentialsFile) {
        return files(configFile, credentialsFile, SsoTokenCache.standard());
    }

    /** Exactly these two files and this sign-in cache (tests). */
    public static ProfileSource files(Path configFile, Path credentialsFile, SsoTokenCache tokens) {
        return new ProfileSource(configFile, credentialsFile, tokens);
    }

    /**
     * Reads the files again (the picker opens) and returns the profiles there are now, with a sentence on any file
     * that could not be read. Connections opened afterwards sign with this reading. Not on the FX thread.
     */
    public AwsProfiles.Discovery discover() {
        return reread().discovery();
    }

    /** The profile file the SDK's credential providers read: the latest reading, read again when a file changed. */
    public Supplier<ProfileFile> profileFile() {
        return () -> current().file();
    }

    /** The IAM Identity Center sign-in {@code profileName} uses, if it is such a profile (files as last read). */
    public Optional<SsoSession> ssoSession(String profileName) {
        return SsoSession.of(current().file(), profileName);
    }

    /** Where sign-ins are kept: the AWS CLI's cache. */
    public SsoTokenCache tokens() {
        return tokens;
    }

    /** Clients that sign with {@code spec}'s profile and send to its region, or to its endpoint URL when it has one. */
    public AwsClients clients(ConnectionSpec.Profile spec) {
        Optional<URI> endpoint = spec.endpointUrl().map(EndpointUrls::parse);
        current(); // the clients start from the files as they are now
        return AwsClients.profile(spec.profileName(), spec.region(), endpoint, profileFile(), tokens);
    }

    private synchronized AwsProfiles.Read reread() {
        stamp = Stamp.of(configFile, credentialsFile);
        read = AwsProfiles.read(configFile, credentialsFile);
        return read;
    }

    private synchronized AwsProfiles.Read current() {
        if (read == null || !stamp.equals(Stamp.of(configFile, credentialsFile))) {
            return reread();
        }
        return read;
    }

    /** What the two files look like on disk: their presence, size, change time and identity. */
    private record Stamp(List<Object> parts) {
        static Stamp of(Path... files) {
            List<Object> parts = new ArrayList<>();
            for (Path f : files) {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    parts.add(List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey())));
                } catch (IOException e) { // missing (or unreadable): read again once it is there
                    parts.add("absent");
                }
            }
            return new Stamp(parts);
        }
    }
}

package dev.lambdadesk.aws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;

/**
 * The profiles a person has in {@code ~/.aws/config} and {@code ~/.aws/credentials}, read with the SDK's own
 * profile-file parser (environment overrides such as AWS_CONFIG_FILE honoured), and the commercial regions.
 */
public final class AwsProfiles {

    private static final Logger LOG = Logger.getLogger(AwsProfiles.class.getName());
    /** The form of a region name: us-east-1, eu-central-2, us-gov-west-1, ap-southeast-10. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    /** How a profile gets its credentials. */
    public enum Kind {
        STATIC_KEYS("access keys"), ASSUME_ROLE("assumed role"), CREDENTIAL_PROCESS("credential process"),
        SSO("IAM Identity Center"), WEB_IDENTITY("web identity"), OTHER("other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One profile: its name, how it signs in, and its region when the file sets one. */
    public record AwsProfile(String name, Kind kind, Optional<String> region) {
    }

    private AwsProfiles() {
    }

    /** The profiles found, and a sentence for the person when a file could not be read. */
    public record Discovery(List<AwsProfile> profiles, Optional<String> problem) {
        public Discovery {
            profiles = List.copyOf(profiles);
        }
    }

    /** The profile files as read at one moment: what the SDK signs with, and what the picker lists. */
    public record Read(ProfileFile file, Discovery discovery) {
    }

    /** Profiles from the default locations (AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE honoured). */
    public static Discovery discover() {
        return discover(ProfileFileLocation.configurationFilePath(), ProfileFileLocation.credentialsFilePath());
    }

    /**
     * Profiles from explicit files (either may be missing). A file the SDK cannot parse is skipped and named in the
     * problem; the other file's profiles are still returned.
     */
    public static Discovery discover(Path configFile, Path credentialsFile) {
        return read(configFile, credentialsFile).discovery();
    }

    /** Reads both files now (either may be missing or broken), as {@link #discover(Path, Path)} describes. */
    public static Read read(Path configFile, Path credentialsFile) {
        ProfileFile.Aggregator all = ProfileFile.aggregator();
        List<String> problems = new ArrayList<>();
        addIfReadable(all, credentialsFile, ProfileFile.Type.CREDENTIALS, problems);
        addIfReadable(all, configFile, ProfileFile.Type.CONFIGURATION, problems);
        ProfileFile file = all.build();
        return new Read(file, new Discovery(list(file), problems.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" ", problems))));
    }

    private static void addIfReadable(ProfileFile.Aggregator all, Path file, ProfileFile.Type type,
                                      List<String> problems) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            ProfileFile parsed = ProfileFile.builder().content(file).type(type).build();
            parsed.profiles(); // parsing is lazy; force it here so a broken file is caught now
            all.addFile(parsed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read AWS profile file " + file, e);
            problems.add(file + " cannot be read (" + e.getMessage() + "); its profiles are not listed.");
        }
    }

    private static List<AwsProfile> list(ProfileFile file) {
        List<AwsProfile> out = new ArrayList<>();
        for (Map.Entry<String, Profile> e : file.profiles().entrySet()) {
            Profile p = e.getValue();
            out.add(new AwsProfile(e.getKey(), kindOf(p), p.property(ProfileProperty.REGION)));
        }
        out.sort(Comparator.comparing((AwsProfile p) -> !p.name().equals("default")).thenComparing(AwsProfile::name));
        return out;
    }

    static Kind kindOf(Profile p) {
        if (p.property("sso_session").isPresent() || p.property(ProfileProperty.SSO_START_URL).isPresent()) {
            return Kind.SSO;
        }
        if (p.property(ProfileProperty.ROLE_ARN).isPresent()) {
            return p.property(ProfileProperty.WEB_IDENTITY_TOKEN_FILE).isPresent() ? Kind.WEB_IDENTITY : Kind.ASSUME_ROLE;
        }
        if (p.property(ProfileProperty.CREDENTIAL_PROCESS).isPresent()) {
            return Kind.CREDENTIAL_PROCESS;
        }
        if (p.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()) {
            return Kind.STATIC_KEYS;
        }
        return Kind.OTHER;
    }

    /**
     * Why {@code text} is not a region to connect to, or empty: a known region, or a name of the regions' form
     * (a region newer than this SDK), such as {@code eu-west-1}.
     */
    public static Optional<String> regionProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of("Enter a region, for example us-east-1.");
        }
        if (REGION.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of("'" + t + "' is not a region name such as us-east-1 or eu-west-1.");
    }

    /** Every region of the commercial partition, sorted by id. */
    public static List<String> commercialRegions() {
        return Region.regions().stream()
                .filter(r -> r.metadata() != null && "aws".equals(r.metadata().partition().id()))
                .filter(r -> !r.isGlobalRegion())
                .map(Region::id).sorted().toList();
    }
}

package dev.lambdadesk.aws;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import dev.lambdadesk.aws.sso.SsoSession;
import dev.lambdadesk.aws.sso.SsoTokenCache;

/**
 * The credentials of a profile, through the SDK's own provider (keys, roles, processes, IAM Identity Center). When
 * that finds none, the profile files and the sign-in cache are looked at to say why in plain words
 * ({@link CredentialsUnavailable}) instead of the SDK's "Profile file contained no credentials … ProfileFile(…)".
 */
final class ProfileCredentials implements AwsCredentialsProvider, SdkAutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String profileName;
    private final Supplier<ProfileFile> profileFile;
    private final SsoTokenCache tokens;
    private final Clock clock;
    private final ProfileCredentialsProvider sdk;

    ProfileCredentials(String profileName, Supplier<ProfileFile> profileFile, SsoTokenCache tokens, Clock clock) {
        this.profileName = profileName;
        this.profileFile = profileFile;
        this.tokens = tokens;
        this.clock = clock;
        this.sdk = ProfileCredentialsProvider.builder().profileFile(profileFile).profileName(profileName).build();
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return sdk.resolveCredentials();
        } catch (RuntimeException e) {
            throw why(e);
        }
    }

    private RuntimeException why(RuntimeException e) {
        ProfileFile file = profileFile.get();
        Optional<Profile> profile = file.profile(profileName);
        if (profile.isEmpty()) {
            return new CredentialsUnavailable(CredentialsUnavailable.Reason.PROFILE_MISSING, profileName,
                    "There is no profile named '" + profileName + "' in the AWS config or credentials file. Add it "
                            + "(aws configure --profile " + profileName + ") or pick another connection.", e);
        }
        Optional<SsoSession> sso = SsoSession.of(file, profileName);
        if (sso.isPresent()) {
            Optional<Instant> expires = tokens.expiresAt(sso.get());
            if (expires.isEmpty()) {
                return new CredentialsUnavailable(CredentialsUnavailable.Reason.NOT_SIGNED_IN, profileName,
                        "Profile '" + profileName + "' uses IAM Identity Center and is not signed in. "
                                + signIn(), e);
            }
            if (!expires.get().isAfter(clock.instant())) {
                return new CredentialsUnavailable(CredentialsUnavailable.Reason.SIGN_IN_EXPIRED, profileName,
                        "The IAM Identity Center sign-in of profile '" + profileName + "' expired on "
                                + TIME.format(expires.get().atZone(ZoneId.systemDefault())) + ". " + signIn(), e);
            }
            return e; // signed in: the service's own answer says what is wrong
        }
        if (AwsProfiles.kindOf(profile.get()) == AwsProfiles.Kind.OTHER) {
            return new CredentialsUnavailable(CredentialsUnavailable.Reason.NO_CREDENTIALS, profileName,
                    "Profile '" + profileName + "' has no credentials: it names no access keys, role, credential "
                            + "process or IAM Identity Center sign-in. Add keys with aws configure --profile "
                            + profileName + ", or pick another connection.", e);
        }
        return e;
    }

    private String signIn() {
        return "Sign in from the connection picker (or run aws sso login --profile " + profileName + "), then "
                + "connect again.";
    }

    @Override
    public void close() {
        sdk.close();
    }
}

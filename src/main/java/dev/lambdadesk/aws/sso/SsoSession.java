package dev.lambdadesk.aws.sso;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The IAM Identity Center sign-in a profile uses: an {@code [sso-session NAME]} section it names, or (the older
 * form) the {@code sso_start_url} and {@code sso_region} in the profile itself.
 *
 * @param name     the sso-session's name; empty for the older form
 * @param startUrl the AWS access portal URL
 * @param region   the region of the IAM Identity Center instance (where SSO OIDC is called)
 * @param scopes   the registration scopes (sso-session only; the CLI's default is {@code sso:account:access})
 */
public record SsoSession(Optional<String> name, String startUrl, String region, List<String> scopes) {

    static final String DEFAULT_SCOPE = "sso:account:access";
    /** The profile property naming the session, and the section type that defines it. */
    static final String SESSION_PROPERTY = "sso_session";
    static final String SESSION_SECTION = "sso-session";

    public SsoSession {
        scopes = List.copyOf(scopes);
    }

    /** What names the token in the AWS CLI's cache: the session's name, or the start URL for the older form. */
    public String cacheKey() {
        return name.orElse(startUrl);
    }

    /** How the session is named to a person: "sso-session corp" or the start URL. */
    public String label() {
        return name.map(n -> "sso-session " + n).orElse(startUrl);
    }

    /** The sign-in {@code profileName} uses, if it is an IAM Identity Center profile that names one fully. */
    public static Optional<SsoSession> of(ProfileFile file, String profileName) {
        Optional<Profile> profile = file.profile(profileName);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> sessionName = profile.get().property(SESSION_PROPERTY);
        if (sessionName.isPresent()) {
            return file.getSection(SESSION_SECTION, sessionName.get()).flatMap(section -> {
                Optional<String> url = section.property(ProfileProperty.SSO_START_URL);
                Optional<String> region = section.property(ProfileProperty.SSO_REGION);
                List<String> scopes = section.property("sso_registration_scopes")
                        .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
                        .filter(l -> !l.isEmpty()).orElse(List.of(DEFAULT_SCOPE));
                return url.isPresent() && region.isPresent()
                        ? Optional.of(new SsoSession(sessionName, url.get(), region.get(), scopes)) : Optional.empty();
            });
        }
        Optional<String> url = profile.get().property(ProfileProperty.SSO_START_URL);
        Optional<String> region = profile.get().property(ProfileProperty.SSO_REGION);
        return url.isPresent() && region.isPresent()
                ? Optional.of(new SsoSession(Optional.empty(), url.get(), region.get(), List.of()))
                : Optional.empty();
    }
}

package dev.lambdadesk.aws;

/**
 * A profile gave no credentials, and why, in plain words naming the profile and the fix. Thrown by the credentials
 * of a profile connection in place of the SDK's own exception, which stays the cause (for the log).
 */
public final class CredentialsUnavailable extends RuntimeException {

    /** Why there are no credentials. */
    public enum Reason {
        /** No profile of that name in the AWS files (any more). */
        PROFILE_MISSING,
        /** The profile names no keys, role, process or sign-in. */
        NO_CREDENTIALS,
        /** An IAM Identity Center profile that has not signed in. */
        NOT_SIGNED_IN,
        /** An IAM Identity Center profile whose sign-in has expired. */
        SIGN_IN_EXPIRED
    }

    private final Reason reason;
    private final String profileName;

    public CredentialsUnavailable(Reason reason, String profileName, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.profileName = profileName;
    }

    public Reason reason() {
        return reason;
    }

    public String profileName() {
        return profileName;
    }

    /** True when signing in (device authorization) is the fix. */
    public boolean signInHelps() {
        return reason == Reason.NOT_SIGNED_IN || reason == Reason.SIGN_IN_EXPIRED;
    }
}

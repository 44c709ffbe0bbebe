package dev.lambdadesk.aws.sso;

import java.io.IOException;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Why a sign-in did not finish, in plain words for the person; the SDK's own text stays in the cause. */
public final class SignInException extends Exception {

    /** What went wrong. */
    public enum Reason { CODE_EXPIRED, DECLINED, UNREACHABLE, REFUSED, NOT_SAVED }

    private final Reason reason;

    public SignInException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static SignInException of(SsoSession session, SdkException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return new SignInException(Reason.UNREACHABLE, "IAM Identity Center in " + session.region()
                        + " cannot be reached. Check the network and the sso_region of " + session.label() + ".", e);
            }
        }
        String code = e instanceof AwsServiceException ase && ase.awsErrorDetails() != null
                ? ase.awsErrorDetails().errorCode() : null;
        return new SignInException(Reason.REFUSED, "IAM Identity Center refused the sign-in"
                + (code == null ? "" : " (" + code + ")") + ". Check the sso_start_url and sso_region of "
                + session.label() + " in the AWS config file.", e);
    }
}

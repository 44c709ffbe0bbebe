package dev.lambdadesk.local.signer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signer's ARNs: {@code arn:aws:signer:<region>:<account>:/signing-profiles/<name>[/<version>]} and jobs. */
final class SignerArns {

    static final String ACCOUNT = "000000000000";
    /** The caller every request is attributed to (the endpoint has a single identity). */
    static final String CALLER = "arn:aws:iam::" + ACCOUNT + ":root";

    private static final Pattern PROFILE = Pattern.compile(
            "arn:aws:signer:([a-z0-9-]+):(\\d{12}):/signing-profiles/([A-Za-z0-9_]+)(?:/([A-Za-z0-9]{10}))?");
    private static final Pattern JOB = Pattern.compile(
            "arn:aws:signer:([a-z0-9-]+):(\\d{12}):/signing-jobs/([0-9a-f-]{36})");

    /** A parsed profile (version) ARN; {@code version} is null for a profile ARN. */
    record ProfileArn(String region, String name, String version) {
    }

    /** A parsed signing job ARN. */
    record JobArn(String region, String jobId) {
    }

    private SignerArns() {
    }

    static String profile(String region, String name) {
        return "arn:aws:signer:" + region + ":" + ACCOUNT + ":/signing-profiles/" + name;
    }

    static String job(String region, String jobId) {
        return "arn:aws:signer:" + region + ":" + ACCOUNT + ":/signing-jobs/" + jobId;
    }

    static Optional<ProfileArn> parseProfile(String arn) {
        Matcher m = arn == null ? null : PROFILE.matcher(arn);
        return m != null && m.matches() && ACCOUNT.equals(m.group(2))
                ? Optional.of(new ProfileArn(m.group(1), m.group(3), m.group(4))) : Optional.empty();
    }

    static Optional<JobArn> parseJob(String arn) {
        Matcher m = arn == null ? null : JOB.matcher(arn);
        return m != null && m.matches() && ACCOUNT.equals(m.group(2))
                ? Optional.of(new JobArn(m.group(1), m.group(3))) : Optional.empty();
    }
}

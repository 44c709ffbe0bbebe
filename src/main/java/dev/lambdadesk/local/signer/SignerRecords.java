package dev.lambdadesk.local.signer;

import java.util.Locale;

import dev.lambdadesk.local.signing.SigningKeyMaterial;
import dev.lambdadesk.local.store.RecordType;

/** The record types Signer keeps in the store, and how their keys are made. */
final class SignerRecords {

    static final RecordType<ProfileRecord> PROFILES = RecordType.of("signer.profile", ProfileRecord.class);
    /** One P-384 key pair per profile version, keyed by the profile version ARN. */
    static final RecordType<SigningKeyMaterial> KEYS = RecordType.of("signer.key", SigningKeyMaterial.class);
    static final RecordType<JobRecord> JOBS = RecordType.of("signer.job", JobRecord.class);
    /** StartSigningJob's idempotency: region and clientRequestToken to the job id. */
    static final RecordType<String> TOKENS = RecordType.of("signer.job-token", String.class);

    private SignerRecords() {
    }

    static String profileKey(String region, String name) {
        return region + ":" + name;
    }

    static String regionPrefix(String region) {
        return region + ":";
    }

    static String tokenKey(String region, String token) {
        return region + ":" + token;
    }

    /** Jobs list newest first: the key sorts by creation time, descending. */
    static String jobListKey(JobRecord job) {
        return String.format(Locale.ROOT, "%019d", Long.MAX_VALUE - job.createdAt()) + job.jobId();
    }
}

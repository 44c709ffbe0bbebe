package dev.lambdadesk.local.signer;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

import dev.lambdadesk.local.signing.RevocationLookup;
import dev.lambdadesk.local.signing.SigningKeyLookup;
import dev.lambdadesk.local.signing.SigningKeyMaterial;
import dev.lambdadesk.local.store.Table;

/**
 * What Lambda needs from Signer to verify a package on deploy: the public key of a profile version (also when the
 * profile is canceled or revoked) and the revocations of jobs and profile versions.
 */
public final class SignerTrust implements SigningKeyLookup, RevocationLookup {

    private final Table<SigningKeyMaterial> keys;
    private final Table<ProfileRecord> profiles;
    private final Table<JobRecord> jobs;

    SignerTrust(SignerContext ctx) {
        this.keys = ctx.keys;
        this.profiles = ctx.profiles;
        this.jobs = ctx.jobs;
    }

    @Override
    public Optional<PublicKey> publicKeyOf(String profileVersionArn) {
        return keys.get(profileVersionArn).map(SigningKeyMaterial::publicKey);
    }

    @Override
    public boolean isSignatureRevoked(String jobArn) {
        return SignerArns.parseJob(jobArn)
                .flatMap(arn -> jobs.get(arn.jobId()).filter(job -> job.region().equals(arn.region())))
                .map(job -> job.revocation() != null).orElse(false);
    }

    @Override
    public Optional<Instant> profileVersionRevokedFrom(String profileVersionArn) {
        return SignerArns.parseProfile(profileVersionArn)
                .flatMap(arn -> profiles.get(SignerRecords.profileKey(arn.region(), arn.name()))
                        .filter(profile -> profile.version().equals(arn.version())))
                .map(ProfileRecord::revocation)
                .map(revocation -> Instant.ofEpochMilli(revocation.effectiveFrom()));
    }
}

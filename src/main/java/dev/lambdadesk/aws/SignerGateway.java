package dev.lambdadesk.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.DescribeSigningJobResponse;
import software.amazon.awssdk.services.signer.model.GetSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.ListSigningJobsRequest;
import software.amazon.awssdk.services.signer.model.PutSigningProfileRequest;
import software.amazon.awssdk.services.signer.model.RevokeSigningProfileRequest;
import software.amazon.awssdk.services.signer.model.SignatureValidityPeriod;
import software.amazon.awssdk.services.signer.model.SignedObject;
import software.amazon.awssdk.services.signer.model.SigningJob;
import software.amazon.awssdk.services.signer.model.SigningPlatform;
import software.amazon.awssdk.services.signer.model.SigningProfile;
import software.amazon.awssdk.services.signer.model.StartSigningJobRequest;

import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningJobQuery;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;

/**
 * AWS Signer calls for the app, in the project's own types: platforms, profiles, signing jobs, revocation and tags.
 * Requests that a form builds are taken as AWS CLI input JSON. Blocking: call it off the FX thread. SDK exceptions
 * propagate; explain them with {@link AwsErrorExplainer}.
 */
public final class SignerGateway {

    private final AwsClients clients;

    public SignerGateway(AwsClients clients) {
        this.clients = clients;
    }

    private SignerClient signer() {
        return clients.signer();
    }

    public List<SigningPlatformInfo> platforms() {
        List<SigningPlatformInfo> out = new ArrayList<>();
        for (SigningPlatform p : signer().listSigningPlatformsPaginator(b -> { }).stream()
                .flatMap(page -> page.platforms().stream()).toList()) {
            out.add(new SigningPlatformInfo(p.platformId(), p.displayName(), p.partner(), p.categoryAsString(),
                    p.maxSizeInMB() == null ? 0 : p.maxSizeInMB(), Boolean.TRUE.equals(p.revocationSupported())));
        }
        return out;
    }

    /**
     * The profiles with one of {@code statuses} (all three when empty), of one platform when given. Signer lists
     * only Active ones unless asked, so the statuses are always sent.
     */
    public List<SigningProfileInfo> listProfiles(Set<SigningProfileInfo.Status> statuses, Optional<String> platformId) {
        Collection<SigningProfileInfo.Status> wanted = statuses.isEmpty()
                ? List.of(SigningProfileInfo.Status.values()) : statuses;
        List<String> wire = wanted.stream().map(SigningProfileInfo.Status::wire).toList();
        boolean canceled = wanted.contains(SigningProfileInfo.Status.CANCELED);
        List<SigningProfileInfo> out = new ArrayList<>();
        for (SigningProfile p : signer().listSigningProfilesPaginator(b -> b.statusesWithStrings(wire)
                .includeCanceled(canceled).platformId(platformId.orElse(null))).stream()
                .flatMap(page -> page.profiles().stream()).toList()) {
            out.add(new SigningProfileInfo(p.profileName(), p.arn(), p.profileVersion(), p.profileVersionArn(),
                    p.platformId(), p.platformDisplayName(), SigningProfileInfo.Status.fromWire(p.statusAsString()),
                    validityOf(p.signatureValidityPeriod()), Optional.empty(), "", p.hasTags() ? p.tags() : Map.of()));
        }
        return out;
    }

    /** GetSigningProfile: the profile with its revocation record and tags. */
    public SigningProfileInfo profile(String name) {
        GetSigningProfileResponse p = signer().getSigningProfile(b -> b.profileName(name));
        Optional<SigningProfileInfo.Revocation> revocation = Optional.ofNullable(p.revocationRecord())
                .map(r -> new SigningProfileInfo.Revocation(r.revocationEffectiveFrom(), r.revokedAt(),
                        r.revokedBy()));
        return new SigningProfileInfo(p.profileName(), p.arn(), p.profileVersion(), p.profileVersionArn(),
                p.platformId(), p.platformDisplayName(), SigningProfileInfo.Status.fromWire(p.statusAsString()),
                validityOf(p.signatureValidityPeriod()), revocation, p.statusReason(),
                p.hasTags() ? p.tags() : Map.of());
    }

    /** Creates a profile from PutSigningProfile CLI input and returns it as GetSigningProfile describes it. */
    public SigningProfileInfo putProfile(JsonNode cliInput) {
        PutSigningProfileRequest request = SdkJson.build(PutSigningProfileRequest::builder, cliInput);
        signer().putSigningProfile(request);
        return profile(request.profileName());
    }

    /** Cancels a profile: it starts no more jobs; its signatures stay valid. */
    public void cancelProfile(String name) {
        signer().cancelSigningProfile(b -> b.profileName(name));
    }

    /** Revokes a profile version from RevokeSigningProfile CLI input. */
    public void revokeProfile(JsonNode cliInput) {
        signer().revokeSigningProfile(SdkJson.<RevokeSigningProfileRequest>build(RevokeSigningProfileRequest::builder,
                cliInput));
    }

    /** Starts a signing job from StartSigningJob CLI input; returns its job id. */
    public String startJob(JsonNode cliInput) {
        return signer().startSigningJob(SdkJson.<StartSigningJobRequest>build(StartSigningJobRequest::builder,
                cliInput)).jobId();
    }

    public SigningJobInfo job(String jobId) {
        DescribeSigningJobResponse j = signer().describeSigningJob(b -> b.jobId(jobId));
        SigningJobInfo.S3Location source = j.source() == null || j.source().s3() == null
                ? new SigningJobInfo.S3Location("", "", "")
                : new SigningJobInfo.S3Location(j.source().s3().bucketName(), j.source().s3().key(),
                j.source().s3().version());
        Optional<SigningJobInfo.Revocation> revocation = Optional.ofNullable(j.revocationRecord())
                .map(r -> new SigningJobInfo.Revocation(r.reason(), r.revokedAt(), r.revokedBy()));
        return new SigningJobInfo(j.jobId(), jobArn(j.jobOwner(), j.jobId()), source,
                signedObjectOf(j.signedObject()), j.profileName(), j.profileVersion(),
                profileVersionArn(j.jobOwner(), j.profileName(), j.profileVersion()), j.platformId(),
                j.platformDisplayName(), SigningJobInfo.Status.fromWire(j.statusAsString()), j.statusReason(),
                Optional.ofNullable(j.createdAt()), Optional.ofNullable(j.completedAt()),
                Optional.ofNullable(j.signatureExpiresAt()), revocation.isPresent(), revocation, j.requestedBy());
    }

    /** Every job the query selects, newest first. */
    public List<SigningJobInfo> listJobs(SigningJobQuery query) {
        ListSigningJobsRequest.Builder request = ListSigningJobsRequest.builder();
        query.status().ifPresent(s -> request.status(s.wire()));
        query.platformId().ifPresent(request::platformId);
        query.revoked().ifPresent(request::isRevoked);
        List<SigningJobInfo> out = new ArrayList<>();
        for (SigningJob j : signer().listSigningJobsPaginator(request.build()).stream()
                .flatMap(page -> page.jobs().stream()).toList()) {
            SigningJobInfo.S3Location source = j.source() == null || j.source().s3() == null
                    ? new SigningJobInfo.S3Location("", "", "")
                    : new SigningJobInfo.S3Location(j.source().s3().bucketName(), j.source().s3().key(),
                    j.source().s3().version());
            out.add(new SigningJobInfo(j.jobId(), jobArn(j.jobOwner(), j.jobId()), source,
                    signedObjectOf(j.signedObject()), j.profileName(), j.profileVersion(),
                    profileVersionArn(j.jobOwner(), j.profileName(), j.profileVersion()), j.platformId(),
                    j.platformDisplayName(), SigningJobInfo.Status.fromWire(j.statusAsString()), "",
                    Optional.ofNullable(j.createdAt()), Optional.empty(), Optional.ofNullable(j.signatureExpiresAt()),
                    Boolean.TRUE.equals(j.isRevoked()), Optional.empty(), ""));
        }
        out.sort((a, b) -> b.createdAt().orElse(Instant.EPOCH).compareTo(a.createdAt().orElse(Instant.EPOCH)));
        return out;
    }

    /** Revokes one job's signature; Lambda then refuses the package it signed. */
    public void revokeSignature(String jobId, String reason) {
        signer().revokeSignature(b -> b.jobId(jobId).reason(reason));
    }

    public Map<String, String> tags(String resourceArn) {
        Map<String, String> tags = signer().listTagsForResource(b -> b.resourceArn(resourceArn)).tags();
        return tags == null ? Map.of() : Map.copyOf(tags);
    }

    public void tag(String resourceArn, Map<String, String> tags) {
        signer().tagResource(b -> b.resourceArn(resourceArn).tags(tags));
    }

    public void untag(String resourceArn, Collection<String> keys) {
        signer().untagResource(b -> b.resourceArn(resourceArn).tagKeys(keys));
    }

    private static SigningProfileInfo.ValidityPeriod validityOf(SignatureValidityPeriod p) {
        if (p == null || p.value() == null || p.typeAsString() == null) {
            return SigningProfileInfo.ValidityPeriod.DEFAULT;
        }
        return new SigningProfileInfo.ValidityPeriod(p.value(), p.typeAsString());
    }

    private static Optional<SigningJobInfo.S3Location> signedObjectOf(
            SignedObject signed) {
        if (signed == null || signed.s3() == null || signed.s3().key() == null) {
            return Optional.empty();
        }
        return Optional.of(new SigningJobInfo.S3Location(signed.s3().bucketName(), signed.s3().key(), ""));
    }

    private String jobArn(String owner, String jobId) {
        return owner == null ? "" : arnPrefix(owner) + "/signing-jobs/" + jobId;
    }

    private String profileVersionArn(String owner, String name, String version) {
        return owner == null || name == null || version == null ? ""
                : arnPrefix(owner) + "/signing-profiles/" + name + "/" + version;
    }

    private String arnPrefix(String account) {
        String region = clients.region();
        String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        return "arn:" + partition + ":signer:" + region + ":" + account + ":";
    }
}

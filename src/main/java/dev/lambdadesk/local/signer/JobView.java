package dev.lambdadesk.local.signer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A signing job as DescribeSigningJob and ListSigningJobs answer it. */
final class JobView {

    private final ObjectMapper mapper;

    JobView(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** DescribeSigningJob's answer. */
    ObjectNode detailed(JobRecord job) {
        ObjectNode node = common(job);
        node.put("completedAt", SignerContext.seconds(job.completedAt()))
                .put("requestedBy", job.requestedBy())
                .put("statusReason", job.statusReason());
        if (job.revocation() != null) {
            node.putObject("revocationRecord").put("reason", job.revocation().reason())
                    .put("revokedAt", SignerContext.seconds(job.revocation().revokedAt()))
                    .put("revokedBy", job.revocation().revokedBy());
        }
        return node;
    }

    /** A ListSigningJobs item (the SigningJob shape). */
    ObjectNode summary(JobRecord job) {
        return common(job).put("isRevoked", job.revocation() != null);
    }

    private ObjectNode common(JobRecord job) {
        ObjectNode node = mapper.createObjectNode().put("jobId", job.jobId());
        node.putObject("source").putObject("s3").put("bucketName", job.source().bucketName())
                .put("key", job.source().key()).put("version", job.source().version());
        if (job.signedKey() != null) {
            node.putObject("signedObject").putObject("s3").put("bucketName", job.destinationBucket())
                    .put("key", job.signedKey());
        }
        if (job.certificateArn() != null) {
            node.putObject("signingMaterial").put("certificateArn", job.certificateArn());
        }
        node.put("platformId", job.platformId())
                .put("platformDisplayName", SigningPlatforms.displayName(job.platformId()))
                .put("profileName", job.profileName())
                .put("profileVersion", job.profileVersion())
                .put("createdAt", SignerContext.seconds(job.createdAt()))
                .put("status", job.status());
        if (job.succeeded()) {
            node.put("signatureExpiresAt", SignerContext.seconds(job.signatureExpiresAt()));
        }
        return node.put("jobOwner", SignerArns.ACCOUNT).put("jobInvoker", SignerArns.ACCOUNT);
    }
}

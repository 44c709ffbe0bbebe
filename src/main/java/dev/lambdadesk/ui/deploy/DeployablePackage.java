package dev.lambdadesk.ui.deploy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.SigningJobInfo;

/**
 * A package in S3 ready to deploy: the signed object a signing job wrote, or (to rehearse a policy) the unsigned
 * upload itself. What "Create function" and "Update code" are offered, and what other features may take over.
 *
 * @param location where it is; {@code version} is empty when Lambda should read the latest version
 * @param job      the signing job that made it, for a signed package
 */
public record DeployablePackage(SigningJobInfo.S3Location location, Optional<SigningJobInfo> job) {

    public DeployablePackage {
        Objects.requireNonNull(location, "location");
        job = job == null ? Optional.empty() : job;
    }

    public static DeployablePackage signed(SigningJobInfo job) {
        return new DeployablePackage(job.signedObject().orElseThrow(() -> new IllegalArgumentException(
                "Job " + job.jobId() + " has no signed object")), Optional.of(job));
    }

    public static DeployablePackage unsigned(SigningJobInfo.S3Location upload) {
        return new DeployablePackage(upload, Optional.empty());
    }

    public boolean isSigned() {
        return job.isPresent();
    }

    /** The profile version that signed it, or empty for an unsigned package. */
    public Optional<String> profileVersionArn() {
        return job.map(SigningJobInfo::profileVersionArn);
    }

    /** The first of {@code configs} that trusts the profile version that signed it; empty for an unsigned package. */
    public Optional<CodeSigningConfigInfo> trustedBy(List<CodeSigningConfigInfo> configs) {
        return profileVersionArn().flatMap(arn -> configs.stream()
                .filter(c -> c.allowedPublishers().contains(arn)).findFirst());
    }

    /** The package as the Code member of CreateFunction (S3Bucket, S3Key and S3ObjectVersion when known). */
    public ObjectNode code() {
        ObjectNode code = JsonNodeFactory.instance.objectNode().put("S3Bucket", location.bucket())
                .put("S3Key", location.key());
        if (!location.version().isEmpty()) {
            code.put("S3ObjectVersion", location.version());
        }
        return code;
    }

    /** "the signed package s3://…" or "the unsigned package s3://…". */
    public String describe() {
        return (isSigned() ? "the signed package " : "the unsigned package ") + location.uri();
    }
}

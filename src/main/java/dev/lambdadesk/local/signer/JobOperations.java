package dev.lambdadesk.local.signer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;
import dev.lambdadesk.local.signing.SigningKeyMaterial;

/**
 * StartSigningJob (idempotent on clientRequestToken; the job has finished when it answers, so the SDK's and the
 * CLI's successful-signing-job waiter succeeds on its first call), DescribeSigningJob, ListSigningJobs and
 * RevokeSignature.
 */
final class JobOperations {

    private static final int MAX_REASON_LENGTH = 500;

    private final SignerContext ctx;
    private final SigningJobRunner runner;
    private final JobView view;

    JobOperations(SignerContext ctx) {
        this.ctx = ctx;
        this.runner = new SigningJobRunner(ctx.s3);
        this.view = new JobView(ctx.mapper);
    }

    ApiResponse start(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        ctx.validate(Operation.START_SIGNING_JOB, body);
        String region = request.region();
        String tokenKey = SignerRecords.tokenKey(region, body.path("clientRequestToken").asText());
        Optional<JobRecord> earlier = ctx.tokens.get(tokenKey).flatMap(ctx.jobs::get);
        if (earlier.isPresent()) {
            return started(earlier.get());
        }
        String profileName = body.path("profileName").asText();
        if (body.hasNonNull("profileOwner") && !SignerArns.ACCOUNT.equals(body.get("profileOwner").asText())) {
            throw SignerError.RESOURCE_NOT_FOUND.withMessage("The signing profile " + profileName + " of account "
                    + body.get("profileOwner").asText() + " does not exist.");
        }
        ProfileRecord profile = usableProfile(region, profileName);
        SigningKeyMaterial key = ctx.keys.get(profile.versionArn()).orElseThrow(() -> new IllegalStateException(
                "The key pair of " + profile.versionArn() + " is missing from the store"));
        JsonNode s3 = body.path("source").path("s3");
        JobRecord.Source source = new JobRecord.Source(s3.path("bucketName").asText(), s3.path("key").asText(),
                s3.path("version").asText());
        String destination = body.path("destination").path("s3").path("bucketName").asText();
        String prefix = body.path("destination").path("s3").path("prefix").asText("");
        String jobId = UUID.randomUUID().toString();
        Instant now = Instant.ofEpochMilli(ctx.clock.millis());
        SigningJobRunner.Outcome outcome = runner.run(profile, key, source, destination, prefix,
                SignerArns.job(region, jobId), jobId, now);
        JobRecord job = new JobRecord(jobId, region, body.path("clientRequestToken").asText(), profile.name(),
                profile.version(), profile.platformId(), profile.certificateArn(), source, destination, prefix,
                outcome.signedKey(), outcome.succeeded() ? JobRecord.SUCCEEDED : JobRecord.FAILED, outcome.reason(),
                now.toEpochMilli(), ctx.clock.millis(), outcome.expiresAt(), SignerArns.CALLER, null);
        JobRecord stored = ctx.store.write(tx -> {
            Optional<JobRecord> raced = tx.get(SignerRecords.TOKENS, tokenKey)
                    .flatMap(id -> tx.get(SignerRecords.JOBS, id));
            if (raced.isPresent()) {
                return raced.get();
            }
            tx.put(SignerRecords.JOBS, jobId, job);
            tx.put(SignerRecords.TOKENS, tokenKey, jobId);
            return job;
        });
        return started(stored);
    }

    private ProfileRecord usableProfile(String region, String name) {
        ProfileRecord profile = ctx.requireProfile(region, name);
        if (ProfileRecord.CANCELED.equals(profile.status())) {
            throw SignerError.VALIDATION.withMessage("The signing profile " + name + " is canceled and cannot start "
                    + "signing jobs. Create a new signing profile (with another name).");
        }
        if (ProfileRecord.REVOKED.equals(profile.status())) {
            throw SignerError.VALIDATION.withMessage("The signing profile " + name + " is revoked and cannot start "
                    + "signing jobs. Create a new signing profile (with another name).");
        }
        if (!SigningPlatforms.find(profile.platformId()).map(SigningPlatforms.Platform::signsS3Objects)
                .orElse(false)) {
            throw SignerError.VALIDATION.withMessage("Signing profiles of platform " + profile.platformId() + " sign "
                    + "container images with the Notation CLI, not with signing jobs. Use a profile of platform "
                    + SigningPlatforms.LAMBDA + " to sign Lambda code.");
        }
        return profile;
    }

    private ApiResponse started(JobRecord job) {
        return ctx.json(ctx.mapper.createObjectNode().put("jobId", job.jobId()).put("jobOwner", SignerArns.ACCOUNT));
    }

    ApiResponse describe(ApiRequest request) {
        return ctx.json(view.detailed(ctx.requireJob(request.region(), request.pathParam("jobId"))));
    }

    ApiResponse list(ApiRequest request) {
        Predicate<JobRecord> filter = filters(request);
        NavigableMap<String, JobRecord> matching = new TreeMap<>();
        ctx.jobs.all().values().stream().filter(j -> j.region().equals(request.region())).filter(filter)
                .forEach(j -> matching.put(SignerRecords.jobListKey(j), j));
        Paging.Page<JobRecord> page = SignerPages.page(matching, request);
        ObjectNode answer = ctx.mapper.createObjectNode();
        ArrayNode items = answer.putArray("jobs");
        page.items().forEach(j -> items.add(view.summary(j)));
        if (page.nextMarker() != null) {
            answer.put("nextToken", page.nextMarker());
        }
        return ctx.json(answer);
    }

    private static Predicate<JobRecord> filters(ApiRequest request) {
        Predicate<JobRecord> filter = j -> true;
        Optional<String> status = request.query("status");
        if (status.isPresent()) {
            filter = filter.and(j -> j.status().equals(status.get()));
        }
        Optional<String> platform = request.query("platformId");
        if (platform.isPresent()) {
            filter = filter.and(j -> j.platformId().equals(platform.get()));
        }
        Optional<String> requestedBy = request.query("requestedBy");
        if (requestedBy.isPresent()) {
            filter = filter.and(j -> j.requestedBy().equals(requestedBy.get()));
        }
        Optional<String> invoker = request.query("jobInvoker");
        if (invoker.isPresent()) {
            filter = filter.and(j -> SignerArns.ACCOUNT.equals(invoker.get()));
        }
        Optional<String> revoked = request.query("isRevoked");
        if (revoked.isPresent()) {
            boolean wanted = Boolean.parseBoolean(revoked.get());
            filter = filter.and(j -> (j.revocation() != null) == wanted);
        }
        Optional<Instant> before = request.query("signatureExpiresBefore").map(JobOperations::queryTime);
        if (before.isPresent()) {
            filter = filter.and(j -> j.succeeded() && j.signatureExpiresAt() < before.get().toEpochMilli());
        }
        Optional<Instant> after = request.query("signatureExpiresAfter").map(JobOperations::queryTime);
        if (after.isPresent()) {
            filter = filter.and(j -> j.succeeded() && j.signatureExpiresAt() > after.get().toEpochMilli());
        }
        return filter;
    }

    ApiResponse revokeSignature(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        JsonNode reason = body.get("reason");
        if (reason == null || reason.isNull()) {
            throw SignerError.VALIDATION.withMessage("1 validation error detected: Value null at 'reason' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        int length = reason.asText().length();
        if (length < 1 || length > MAX_REASON_LENGTH) {
            throw SignerError.VALIDATION.withMessage("1 validation error detected: Value '" + reason.asText()
                    + "' at 'reason' failed to satisfy constraint: Member must have length "
                    + (length < 1 ? "greater than or equal to 1" : "less than or equal to " + MAX_REASON_LENGTH));
        }
        String jobId = request.pathParam("jobId");
        ctx.store.write(tx -> {
            JobRecord job = tx.get(SignerRecords.JOBS, jobId).filter(j -> j.region().equals(request.region()))
                    .orElseThrow(() -> SignerError.RESOURCE_NOT_FOUND.withMessage("The signing job " + jobId
                            + " does not exist."));
            if (!job.succeeded()) {
                throw SignerError.VALIDATION.withMessage("The signing job " + jobId + " failed, so it made no "
                        + "signature to revoke.");
            }
            if (job.revocation() == null) {
                tx.put(SignerRecords.JOBS, jobId, job.withRevocation(new JobRecord.Revocation(reason.asText(),
                        ctx.clock.millis(), SignerArns.CALLER)));
            }
            return null;
        });
        return ctx.empty();
    }

    /** A query-string timestamp: ISO-8601, as the SDKs send it (epoch seconds accepted too). */
    private static Instant queryTime(String text) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return Instant.ofEpochMilli(new BigDecimal(text.trim()).movePointRight(3).longValue());
            } catch (NumberFormatException e) {
                throw SignerError.VALIDATION.withMessage("The timestamp '" + text + "' is not an ISO-8601 time.");
            }
        }
    }
}

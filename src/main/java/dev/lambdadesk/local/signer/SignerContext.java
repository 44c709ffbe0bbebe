package dev.lambdadesk.local.signer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.s3.S3Storage;
import dev.lambdadesk.local.signing.SigningKeyMaterial;
import dev.lambdadesk.local.store.DurableStore;
import dev.lambdadesk.local.store.Table;
import dev.lambdadesk.validation.AwsErrors;
import dev.lambdadesk.validation.RequestValidator;

/** What Signer's operations share: the store and its tables, S3, the clock and the shared request rules. */
final class SignerContext {

    final DurableStore store;
    final Table<ProfileRecord> profiles;
    final Table<SigningKeyMaterial> keys;
    final Table<JobRecord> jobs;
    final Table<String> tokens;
    final S3Storage s3;
    final ObjectMapper mapper;
    final Clock clock;
    final RequestValidator validator;

    SignerContext(ServiceEnvironment env, S3Storage s3) {
        this.store = env.store();
        this.profiles = store.table(SignerRecords.PROFILES);
        this.keys = store.table(SignerRecords.KEYS);
        this.jobs = store.table(SignerRecords.JOBS);
        this.tokens = store.table(SignerRecords.TOKENS);
        this.s3 = s3;
        this.mapper = env.mapper();
        this.clock = env.clock();
        this.validator = env.validator();
    }

    /** The request's JSON body (an empty object when there is none). */
    ObjectNode body(ApiRequest request) {
        if (request.body().length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode node = mapper.readTree(request.body());
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // answered below
        }
        throw SignerError.SERIALIZATION.withMessage("The request body is not a JSON object.");
    }

    /** Refuses the request with the shared rules' findings, in AWS's wording, if there are any. */
    void validate(Operation operation, ObjectNode request) {
        AwsErrors.toAwsError(validator.validate(operation, request)).ifPresent(error -> {
            throw SignerError.from(error);
        });
    }

    ProfileRecord requireProfile(String region, String name) {
        return profiles.get(SignerRecords.profileKey(region, name)).orElseThrow(() ->
                SignerError.RESOURCE_NOT_FOUND.withMessage("The signing profile " + name + " does not exist."));
    }

    JobRecord requireJob(String region, String jobId) {
        return jobs.get(jobId).filter(j -> j.region().equals(region)).orElseThrow(() ->
                SignerError.RESOURCE_NOT_FOUND.withMessage("The signing job " + jobId + " does not exist."));
    }

    Map<String, String> stringMap(JsonNode node) {
        Map<String, String> result = new TreeMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
        }
        return result;
    }

    /** A Signer timestamp: epoch seconds as a JSON number, with millisecond precision. */
    static BigDecimal seconds(long epochMillis) {
        return BigDecimal.valueOf(epochMillis, 3);
    }

    ApiResponse json(JsonNode body) {
        try {
            return ApiResponse.json(200, mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("Writing a JSON response failed", e);
        }
    }

    /** The empty answer of CancelSigningProfile, RevokeSigningProfile, RevokeSignature and tagging. */
    ApiResponse empty() {
        return json(mapper.createObjectNode());
    }
}

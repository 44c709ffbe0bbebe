package dev.lambdadesk.local;

import java.util.Objects;

/**
 * The key pair every request to the endpoint must be signed with.
 *
 * @param accessKeyId     the access key id (may be shown)
 * @param secretAccessKey the secret (never logged or printed)
 */
public record EndpointCredentials(String accessKeyId, String secretAccessKey) {

    public EndpointCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (accessKeyId.isBlank() || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("The access key id and secret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "EndpointCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=****]";
    }
}

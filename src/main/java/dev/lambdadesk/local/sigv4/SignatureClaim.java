package dev.lambdadesk.local.sigv4;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a request says about its SigV4 signature.
 *
 * @param accessKeyId   the key id from the credential scope
 * @param scopeDate     the scope's {@code yyyyMMdd}
 * @param region        the scope's region
 * @param service       the scope's service signing name (lambda, iam, signer, s3)
 * @param signedHeaders the lower-case names of the signed headers, in the order given
 * @param signature     the hex signature sent
 * @param signedAt      the signing time (X-Amz-Date)
 * @param amzDate       the signing time as sent
 * @param presignedFor  for a presigned URL its validity (X-Amz-Expires), else null
 */
public record SignatureClaim(String accessKeyId, String scopeDate, String region, String service,
                             List<String> signedHeaders, String signature, Instant signedAt, String amzDate,
                             Duration presignedFor) {

    public boolean presigned() {
        return presignedFor != null;
    }
}

/**
 * Code signing cryptography of the local endpoint: keys, the signed zip format, signing, and the checks Lambda
 * runs on deploy. Pure JDK + Jackson; no HTTP.
 *
 * <h2>Signed zip format (V1)</h2>
 * A signed package is the original zip with its end-of-central-directory comment replaced by
 * {@code "LAMBDADESK-SIGNATURE-V1\n" + base64(JSON)} (standard alphabet, padded, one line) and the comment length
 * field updated, so every zip tool still opens it. The JSON object has exactly these members:
 * {@code alg} ("ECDSA_P384_SHA384"), {@code profileVersionArn}, {@code profileName}, {@code jobArn},
 * {@code signedAt} and {@code expiresAt} (epoch milliseconds), {@code payloadDigest} (SHA-384, lower-case hex, of
 * the zip bytes with the comment stripped and the comment length set to 0) and {@code signature} (base64 DER
 * SHA384withECDSA over the UTF-8 compact JSON of the other seven members in the order above).
 * Keys: one P-384 key pair per signing profile version ({@link dev.lambdadesk.local.signing.SigningKeyMaterial}).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Signed means: the comment starts with the marker. Anything after the marker that is not base64 of a JSON
 *       object with exactly those members, well typed, with that algorithm, is MALFORMED; so is a file whose
 *       end record is damaged while the marker is still in its tail.</li>
 *   <li>A profile version with no known key is BAD_SIGNATURE (an integrity failure, refused whatever the policy):
 *       an unauthenticated block's publisher, job and expiry claims cannot be trusted.</li>
 *   <li>The verifier checks the signature over the block before the digest, so only an authentic block is
 *       reported as DIGEST_MISMATCH.</li>
 *   <li>Expiry: deploy fails when now is after expiresAt. Profile revocation applies when
 *       revocationEffectiveFrom &lt;= signedAt.</li>
 * </ul>
 */
package dev.lambdadesk.local.signing;

/**
 * AWS Signer on the local endpoint (REST-JSON, paths without a date prefix): signing platforms, profiles (one
 * P-384 key pair per profile version, kept in the store), signing jobs that read a source object version from S3,
 * sign it with {@link dev.lambdadesk.local.signing.ZipSigner} and write {@code prefix + jobId + ".zip"} before
 * StartSigningJob answers, revocation of profiles and of single signatures, and profile tags.
 * {@link dev.lambdadesk.local.signer.SignerTrust} gives Lambda the public keys and revocations it checks on deploy.
 */
package dev.lambdadesk.local.signer;

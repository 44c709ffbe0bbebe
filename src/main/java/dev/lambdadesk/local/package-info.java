/**
 * The embedded AWS-compatible endpoint: {@link dev.lambdadesk.local.LocalEndpoint#start} binds 127.0.0.1, opens the
 * state under the data directory and serves every service on one port.
 * <p>
 * A request flows through {@link dev.lambdadesk.local.http.RequestDispatcher}: the SigV4 claim's service name picks
 * a {@link dev.lambdadesk.local.http.ServiceModule} ({@code lambda}, {@code iam}, {@code signer}, {@code s3}),
 * the module's {@link dev.lambdadesk.local.http.Router} picks the operation by method and decoded path, the body is
 * read within the route's limit, {@link dev.lambdadesk.local.sigv4.SigV4Verifier} checks the signature, and the
 * operation answers or throws an {@link dev.lambdadesk.local.http.ApiException} that the module renders in its own
 * protocol. Adding a service is adding a package with a module and listing it in {@code LocalEndpoint}.
 * <p>
 * aws-chunked bodies (S3 uploads) are decoded, and their chunk signatures checked, before the operation runs.
 * Lambda verifies signed packages on deploy with {@link dev.lambdadesk.local.signing}, using the keys and revocations
 * Signer keeps; Signer and Lambda read and write objects through {@link dev.lambdadesk.local.s3.S3Storage}.
 * <p>
 * State lives in {@link dev.lambdadesk.local.store.DurableStore} (typed rows in memory, a fsynced journal, snapshots)
 * and large bytes in {@link dev.lambdadesk.local.store.BlobStore}; a module declares its own
 * {@link dev.lambdadesk.local.store.RecordType}s.
 */
package dev.lambdadesk.local;

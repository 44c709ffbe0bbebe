/**
 * S3 on the local endpoint (REST-XML via Jackson XML), path style and virtual-host style: buckets, versioning,
 * objects (single and multipart uploads, with Content-MD5 and flexible checksums verified), listings and S3's XML
 * errors. {@link dev.lambdadesk.local.s3.S3Storage} holds the state and is shared with Signer (source and signed
 * objects) and Lambda (code from S3 at deploy time). Object bytes live in the blob store, their metadata in the
 * durable store.
 */
package dev.lambdadesk.local.s3;

package dev.lambdadesk.sam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.AwsCallFailed;
import dev.lambdadesk.aws.PackageStorage;
import dev.lambdadesk.aws.PackageStorage.StoredObject;

/**
 * Packages an application as {@code sam package} does: each local CodeUri/ContentUri becomes a deterministic zip
 * stored under its MD5 ({@code <prefix>/<md5>}, not uploaded again when it is already there); the resources named
 * in the signing profiles are signed from the uploaded object version into {@code <key's folder>/signed_}; the
 * template is rewritten to point at the (signed) objects. Everything else of the template stays as written.
 */
public final class Packager {

    /** Where packages go. */
    public record Options(String bucket, String prefix, SigningProfiles signing) {
    }

    /** One resource's package: where it is now and whether it is signed. */
    public record Artifact(String logicalId, String uri, boolean signed) {
    }

    /** The packaged template and its artifacts. */
    public record Result(ObjectNode template, List<Artifact> artifacts) {
    }

    private final PackageStorage storage;
    private final SamProgress progress;

    public Packager(PackageStorage storage, SamProgress progress) {
        this.storage = storage;
        this.progress = progress;
    }

    public Result pack(SamApplication app, Options options) throws SamException, InterruptedException {
        checkSigning(app, options);
        ObjectNode template = app.template().root().deepCopy();
        List<Artifact> artifacts = new ArrayList<>();
        RequestBuilder builder = new RequestBuilder(app, StackValues.predicted(app));
        for (SamResource r : java.util.stream.Stream.concat(app.resources().stream(), app.conditionedOut().stream())
                .toList()) {
            if (r.type().kind() != ResourceType.Kind.FUNCTION && r.type().kind() != ResourceType.Kind.LAYER) {
                continue;
            }
            CodeSource code = builder.build(r).code();
            Optional<SigningProfiles.Profile> profile = options.signing().of(r.logicalId());
            StoredObject stored;
            try {
                stored = switch (code) {
                    case CodeSource.Local local -> upload(r, local, options);
                    case CodeSource.S3 s3 when profile.isPresent() -> storage.find(s3.bucket(), s3.key())
                            .orElseThrow(() -> new SamException(r.logicalId(), r.logicalId() + ": " + s3.uri()
                                    + " does not exist, so it cannot be signed."));
                    default -> null;
                };
                if (stored == null) {
                    continue;
                }
                String key = profile.isPresent() ? sign(r, stored, profile.get()) : stored.key();
                String uri = "s3://" + stored.bucket() + "/" + key;
                point(template, r, stored.bucket(), key);
                artifacts.add(new Artifact(r.logicalId(), uri, profile.isPresent()));
                progress.step(r.logicalId(), "packaged as " + uri);
            } catch (AwsCallFailed e) {
                throw new SamException(r.logicalId(), r.logicalId() + ": packaging failed: "
                        + e.problem().summary() + " (" + e.serviceDetail() + ")");
            }
        }
        return new Result(template, List.copyOf(artifacts));
    }

    private void checkSigning(SamApplication app, Options options) throws SamException {
        if (options.signing().isEmpty()) {
            return;
        }
        for (String id : options.signing().byResource().keySet()) {
            boolean signable = app.resource(id).map(r -> r.type().kind() == ResourceType.Kind.FUNCTION
                    || r.type().kind() == ResourceType.Kind.LAYER).orElse(false);
            if (!signable) {
                throw new SamException(id, "--signing-profiles names " + id + ", which is not a function or layer "
                        + "of the template.");
            }
        }
        boolean versioned;
        try {
            versioned = storage.isVersioned(options.bucket());
        } catch (AwsCallFailed e) {
            throw new SamException("", "Cannot read bucket " + options.bucket() + ": " + e.problem().summary());
        }
        if (!versioned) {
            throw new SamException("", "Bucket " + options.bucket() + " does not have versioning turned on, and "
                    + "signing needs it: Signer signs one version of the uploaded object. Turn it on with: aws s3api "
                    + "put-bucket-versioning --bucket " + options.bucket()
                    + " --versioning-configuration Status=Enabled");
        }
    }

    private StoredObject upload(SamResource r, CodeSource.Local local, Options options) throws SamException {
        byte[] zip;
        try {
            zip = Zips.packageOf(local.path());
        } catch (IOException e) {
            throw new SamException(r.logicalId(), r.logicalId() + ": cannot read its code at " + local.path()
                    + ": " + e.getMessage());
        }
        String key = (options.prefix().isEmpty() ? "" : options.prefix() + "/") + Zips.md5Hex(zip);
        Optional<StoredObject> existing = storage.find(options.bucket(), key);
        if (existing.isPresent()) {
            progress.step(r.logicalId(), "s3://" + options.bucket() + "/" + key + " holds the same code; not "
                    + "uploaded again");
            return existing.get();
        }
        progress.step(r.logicalId(), "uploading " + zip.length + " bytes to s3://" + options.bucket() + "/" + key);
        return storage.put(options.bucket(), key, zip);
    }

    private String sign(SamResource r, StoredObject source, SigningProfiles.Profile profile)
            throws InterruptedException {
        Optional<String> before = storage.signedBefore(source, profile.name());
        if (before.isPresent()) {
            progress.step(r.logicalId(), "signed before with " + profile.name() + "; using s3://" + source.bucket()
                    + "/" + before.get());
            return before.get();
        }
        // As SAM CLI: everything before the key's last '/' (the whole key when it has none) + "/signed_".
        int slash = source.key().lastIndexOf('/');
        String prefix = (slash < 0 ? source.key() : source.key().substring(0, slash)) + "/signed_";
        progress.step(r.logicalId(), "signing with " + profile.name());
        return storage.sign(source, prefix, profile.name(), profile.owner());
    }

    /** Rewrites the resource's code property to the object, in the form its type takes. */
    private static void point(ObjectNode template, SamResource r, String bucket, String key) {
        ObjectNode properties = template.withObject("/Resources/" + r.logicalId() + "/Properties");
        switch (r.type()) {
            case SERVERLESS_FUNCTION -> properties.put("CodeUri", "s3://" + bucket + "/" + key);
            case SERVERLESS_LAYER -> properties.put("ContentUri", "s3://" + bucket + "/" + key);
            case LAMBDA_FUNCTION -> properties.putObject("Code").put("S3Bucket", bucket).put("S3Key", key);
            case LAMBDA_LAYER -> properties.putObject("Content").put("S3Bucket", bucket).put("S3Key", key);
            default -> throw new IllegalStateException("Only functions and layers have code: " + r.type());
        }
    }
}

package dev.lambdadesk.sam;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.AwsCallFailed;
import dev.lambdadesk.aws.PackageStorage;
import dev.lambdadesk.aws.StackGateway;
import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.UpdateStatus;

/**
 * Creates a function, or brings a deployed one to what the template says: code signing config, then code (Lambda
 * verifies the signature here; a refusal puts the previous config back), then configuration and tags. Waits for
 * the function to be Active and its update done. Changes nothing when nothing differs.
 */
final class FunctionDeployer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration ROLE_PROPAGATION = Duration.ofSeconds(40);
    private static final Duration ROLE_RETRY = Duration.ofSeconds(3);

    private final StackGateway stack;
    private final PackageStorage storage;
    private final SamProgress progress;

    FunctionDeployer(StackGateway stack, PackageStorage storage, SamProgress progress) {
        this.stack = stack;
        this.storage = storage;
        this.progress = progress;
    }

    Deployed deploy(SamResource r, CodeSource code, ObjectNode request, Map<String, String> tags)
            throws SamException, InterruptedException {
        String name = request.path("FunctionName").asText();
        Optional<FunctionDetails> existing = stack.function(name);
        // An S3 package is read only to compare it with deployed code; a new function takes it from S3 itself.
        byte[] bytes = code instanceof CodeSource.Image || code instanceof CodeSource.S3 && existing.isEmpty()
                ? null : bytesOf(r, code, storage);
        if (existing.isEmpty()) {
            ObjectNode create = request.deepCopy();
            create.set("Code", codeMember(code, bytes));
            create.set("Tags", tagsNode(tags));
            progress.step(r.logicalId(), "creating function " + name);
            FunctionStatus created = withNewRole(r, () -> stack.createFunction(create));
            settle(r, name);
            return new Deployed(r.logicalId(), r.typeName(), created.functionArn(), Deployed.Outcome.CREATED);
        }
        FunctionDetails current = existing.get();
        String owner = current.tags().get(Deployer.STACK_TAG);
        if (!Objects.equals(owner, tags.get(Deployer.STACK_TAG))) {
            throw new SamException(r.logicalId(), r.logicalId() + " (" + r.typeName() + "): a function named " + name
                    + " already exists and " + (owner == null ? "was not deployed by LambdaDesk"
                    : "belongs to stack " + owner) + "; give " + r.logicalId() + " another FunctionName.");
        }
        boolean changed = updateCodeAndConfig(r, code, bytes, request, current);
        Map<String, String> currentTags = new TreeMap<>(current.tags());
        if (!currentTags.entrySet().containsAll(tags.entrySet())) {
            stack.tag(current.arn(), tags);
            changed = true;
        }
        return new Deployed(r.logicalId(), r.typeName(), current.arn(), changed ? Deployed.Outcome.UPDATED
                : Deployed.Outcome.UNCHANGED);
    }

    private boolean updateCodeAndConfig(SamResource r, CodeSource code, byte[] bytes, ObjectNode request,
                                        FunctionDetails current) throws SamException, InterruptedException {
        String name = current.name();
        Optional<String> wantedCsc = Optional.ofNullable(request.get("CodeSigningConfigArn")).map(JsonNode::asText);
        boolean cscChanged = !wantedCsc.equals(current.codeSigningConfigArn());
        boolean codeChanged = bytes != null && !Zips.sha256Base64(bytes).equals(current.configuration()
                .path("CodeSha256").asText()) || request.has("Architectures")
                && !ConfigDiff.contains(request.get("Architectures"), current.configuration().path("Architectures"));
        List<String> configChanged = ConfigDiff.changedMembers(request, current.configuration());
        if (cscChanged) {
            progress.step(r.logicalId(), "setting its code signing config");
            stack.putFunctionCodeSigningConfig(name, wantedCsc);
        }
        if (codeChanged) {
            ObjectNode update = NODES.objectNode().put("FunctionName", name);
            update.setAll(codeMember(code, bytes));
            if (request.has("Architectures")) {
                update.set("Architectures", request.get("Architectures"));
            }
            progress.step(r.logicalId(), "updating its code");
            try {
                stack.updateCode(update);
            } catch (AwsCallFailed refused) {
                if (cscChanged) { // leave the function as it was before this deployment
                    stack.putFunctionCodeSigningConfig(name, current.codeSigningConfigArn());
                }
                throw refused;
            }
            settle(r, name);
        }
        if (!configChanged.isEmpty()) {
            ObjectNode update = NODES.objectNode().put("FunctionName", name);
            configChanged.forEach(member -> update.set(member, request.get(member)));
            progress.step(r.logicalId(), "updating " + String.join(", ", configChanged));
            withNewRole(r, () -> stack.updateConfiguration(update));
            settle(r, name);
        }
        return cscChanged || codeChanged || !configChanged.isEmpty();
    }

    /**
     * Runs a call that names the execution role made for the function; IAM takes some seconds to let Lambda assume a
     * new role, so while Lambda says it cannot, the call is tried again (as CloudFormation does), for at most
     * {@link #ROLE_PROPAGATION}. A role the template names is not waited for.
     */
    private <T> T withNewRole(SamResource r, java.util.function.Supplier<T> call) throws InterruptedException {
        long deadline = System.nanoTime() + ROLE_PROPAGATION.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (AwsCallFailed e) {
                if (!Naming.needsExecutionRole(r) || System.nanoTime() > deadline
                        || !e.problem().serviceText().contains("cannot be assumed by Lambda")) {
                    throw e;
                }
                progress.step(r.logicalId(), "waiting for IAM to let Lambda assume its role");
                Thread.sleep(ROLE_RETRY.toMillis());
            }
        }
    }

    /** Waits until the function is Active (or settled) with no update in progress; Failed stops the deployment. */
    private void settle(SamResource r, String name) throws SamException, InterruptedException {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        FunctionStatus status = stack.status(name);
        while (!status.isSettled() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            status = stack.status(name);
        }
        if (status.state() == FunctionState.FAILED || status.lastUpdateStatus() == UpdateStatus.FAILED) {
            throw new SamException(r.logicalId(), r.logicalId() + " (" + r.typeName() + "): Lambda could not "
                    + "make it ready: " + status.stateReason() + status.lastUpdateStatusReason() + " ["
                    + status.stateReasonCode() + status.lastUpdateStatusReasonCode() + "]");
        }
        if (!status.isSettled()) {
            throw new SamException(r.logicalId(), r.logicalId() + ": still " + status.state().name()
                    + " after " + SETTLE_TIMEOUT.toMinutes() + " minutes.");
        }
        progress.step(r.logicalId(), status.state().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The package's bytes: built from a folder or inline source, or read from S3 to compare with the deployed. */
    static byte[] bytesOf(SamResource r, CodeSource code, PackageStorage storage) throws SamException {
        return switch (code) {
            case CodeSource.Local local -> {
                try {
                    yield Zips.packageOf(local.path());
                } catch (IOException e) {
                    throw new SamException(r.logicalId(), r.logicalId() + ": cannot read its code at " + local.path()
                            + ": " + e.getMessage());
                }
            }
            case CodeSource.Inline inline -> Zips.inline(inline.source(), Zips.inlineFileName(
                    r.properties().path("Runtime").asText("")));
            case CodeSource.S3 s3 -> storage.get(s3.bucket(), s3.key(), s3.version());
            case CodeSource.Image image -> new byte[0];
            case CodeSource.None none -> throw new SamException(r.logicalId(), r.logicalId() + ": has no code "
                    + "(CodeUri, ContentUri or InlineCode).");
        };
    }

    /** Code / Content as the API takes it: the S3 object, or the bytes themselves. */
    static ObjectNode codeMember(CodeSource code, byte[] bytes) {
        ObjectNode out = NODES.objectNode();
        switch (code) {
            case CodeSource.S3 s3 -> {
                out.put("S3Bucket", s3.bucket()).put("S3Key", s3.key());
                s3.version().ifPresent(v -> out.put("S3ObjectVersion", v));
            }
            case CodeSource.Image image -> out.put("ImageUri", image.uri());
            default -> out.put("ZipFile", Base64.getEncoder().encodeToString(bytes));
        }
        return out;
    }

    private static ObjectNode tagsNode(Map<String, String> tags) {
        ObjectNode out = NODES.objectNode();
        tags.forEach(out::put);
        return out;
    }
}

package dev.lambdadesk.sam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.AwsCallFailed;
import dev.lambdadesk.aws.PackageStorage;
import dev.lambdadesk.aws.StackGateway;
import dev.lambdadesk.core.CodeSigningConfigInfo;

/**
 * Deploys an application without CloudFormation: code signing configs, then layer versions (published only when
 * their content or metadata changed), execution roles, then functions. Each resource is tagged with the stack name
 * and its logical id, so any machine can find what a stack holds. The first refusal stops the deployment, naming
 * the resource; resources after it are not touched.
 */
public final class Deployer {

    public static final String STACK_TAG = "lambdadesk:stack-name";
    public static final String LOGICAL_ID_TAG = "lambdadesk:logical-id";
    public static final String TYPE_TAG = "lambdadesk:resource-type";
    static final String BASIC_EXECUTION_POLICY = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
    static final String LAMBDA_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private final StackGateway stack;
    private final PackageStorage storage;
    private final SamProgress progress;
    private final Consumer<Deployed> onDeployed;

    /** @param onDeployed told of each resource as soon as it is deployed (or found unchanged) */
    public Deployer(StackGateway stack, PackageStorage storage, SamProgress progress, Consumer<Deployed> onDeployed) {
        this.stack = stack;
        this.storage = storage;
        this.progress = progress;
        this.onDeployed = onDeployed;
    }

    /**
     * Deploys a packaged application (or one whose code is local: it goes up with each request). Packages first
     * when {@code packaging} is given and the template has local code.
     */
    public List<Deployed> deploy(SamApplication app, Optional<Packager.Options> packaging)
            throws SamException, InterruptedException {
        SamApplication target = packaging.isEmpty() ? app : SamApplication.load(new Template(app.template().file(),
                new Packager(storage, progress).pack(app, packaging.get()).template()), app.settings());
        StackValues values = StackValues.predicted(target);
        RequestBuilder builder = new RequestBuilder(target, values);
        List<Deployed> done = new ArrayList<>();
        Map<String, String> existingConfigs = new HashMap<>();
        run("", "", () -> stack.codeSigningConfigsTagged(STACK_TAG, target.settings().stackName())
                .forEach(c -> existingConfigs.put(c.tags().get(LOGICAL_ID_TAG), c.arn())));
        for (SamResource r : target.ofKind(ResourceType.Kind.CODE_SIGNING_CONFIG)) {
            done.add(report(codeSigningConfig(target, r, request(builder, r), existingConfigs.get(r.logicalId()),
                    values)));
        }
        for (SamResource r : target.ofKind(ResourceType.Kind.LAYER)) {
            done.add(report(layer(r, builder.build(r).code(), request(builder, r), values)));
        }
        FunctionDeployer functions = new FunctionDeployer(stack, storage, progress);
        for (SamResource r : target.ofKind(ResourceType.Kind.FUNCTION)) {
            if (Naming.needsExecutionRole(r)) {
                done.add(report(role(target, r, values)));
            }
            ObjectNode request = request(builder, r);
            CodeSource code = builder.build(r).code();
            done.add(report(call(r.logicalId(), r.typeName(), () -> functions.deploy(r, code, request,
                    tags(target, r, request.path("Tags"))))));
        }
        done.addAll(removeDropped(target, done));
        return done;
    }

    /**
     * Last, as CloudFormation's clean-up: deletes what the stack holds that the template no longer has (a function
     * taken out, or whose condition turned false; its role; a code signing config no longer declared), and the role
     * the stack made for a function that now names its own.
     */
    private List<Deployed> removeDropped(SamApplication app, List<Deployed> deployed)
            throws SamException, InterruptedException {
        Set<String> kept = deployed.stream().map(Deployed::logicalId).collect(Collectors.toSet());
        Set<String> formerRoles = app.ofKind(ResourceType.Kind.FUNCTION).stream()
                .filter(r -> !Naming.needsExecutionRole(r) && r.type() == ResourceType.SERVERLESS_FUNCTION)
                .map(r -> Naming.roleName(app, r)).collect(Collectors.toSet());
        return new StackDeleter(stack, progress, onDeployed).deleteDropped(app.settings().stackName(), kept,
                formerRoles);
    }

    private Deployed report(Deployed deployed) {
        onDeployed.accept(deployed);
        return deployed;
    }

    /** The resource's request, or the first finding that makes it impossible. */
    private static ObjectNode request(RequestBuilder builder, SamResource r) throws SamException {
        RequestBuilder.ResourceRequest built = builder.build(r);
        Optional<Finding> error = built.findings().stream().filter(Finding::isError).findFirst();
        if (error.isPresent()) {
            throw new SamException(r.logicalId(), error.get().toString());
        }
        return built.request();
    }

    private Deployed codeSigningConfig(SamApplication app, SamResource r, ObjectNode request, String existingArn,
                                       StackValues values) throws SamException, InterruptedException {
        Deployed.Outcome outcome = call(r.logicalId(), r.typeName(), () -> {
            if (existingArn == null) {
                return Deployed.Outcome.CREATED;
            }
            CodeSigningConfigInfo current = stack.codeSigningConfig(existingArn);
            boolean same = java.util.Objects.requireNonNullElse(current.description(), "")
                    .equals(request.path("Description").asText(""))
                    && current.policy().equals(request.at("/CodeSigningPolicies/"
                    + "UntrustedArtifactOnDeployment").asText("Warn"))
                    && ConfigDiff.contains(request.at("/AllowedPublishers/SigningProfileVersionArns"),
                    app.template().root().arrayNode().addAll(current.allowedPublishers().stream()
                            .map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList()));
            return same ? Deployed.Outcome.UNCHANGED : Deployed.Outcome.UPDATED;
        });
        String arn = call(r.logicalId(), r.typeName(), () -> switch (outcome) {
            case CREATED -> {
                progress.step(r.logicalId(), "creating the code signing config");
                String created = stack.createCodeSigningConfig(request.deepCopy().without("Tags")).arn();
                stack.tag(created, tags(app, r, request.path("Tags")));
                yield created;
            }
            case UPDATED -> {
                progress.step(r.logicalId(), "updating the code signing config");
                ObjectNode update = request.deepCopy();
                update.remove("Tags");
                yield stack.updateCodeSigningConfig(update.put("CodeSigningConfigArn", existingArn)).arn();
            }
            default -> existingArn;
        });
        values.codeSigningConfig(r.logicalId(), arn);
        return new Deployed(r.logicalId(), r.typeName(), arn, outcome);
    }

    private Deployed layer(SamResource r, CodeSource code, ObjectNode request, StackValues values)
            throws SamException, InterruptedException {
        byte[] content = call(r.logicalId(), r.typeName(), () -> FunctionDeployer.bytesOf(r, code, storage));
        String sha = Zips.sha256Base64(content);
        String name = request.path("LayerName").asText();
        Optional<StackGateway.LayerVersion> latest = call(r.logicalId(), r.typeName(),
                () -> stack.latestLayerVersion(name));
        if (latest.isPresent() && latest.get().codeSha256().equals(sha)
                && ConfigDiff.contains(request.deepCopy().without("LayerName"), latest.get().description())) {
            values.layer(r.logicalId(), latest.get().versionArn());
            return new Deployed(r.logicalId(), r.typeName(), latest.get().versionArn(), Deployed.Outcome.UNCHANGED);
        }
        ObjectNode publish = request.deepCopy().put("LayerName", name);
        publish.set("Content", FunctionDeployer.codeMember(code, content));
        progress.step(r.logicalId(), "publishing a new version of layer " + name);
        String arn = call(r.logicalId(), r.typeName(), () -> stack.publishLayerVersion(publish));
        values.layer(r.logicalId(), arn);
        return new Deployed(r.logicalId(), r.typeName(), arn, latest.isPresent() ? Deployed.Outcome.UPDATED
                : Deployed.Outcome.CREATED);
    }

    /** The execution role SAM makes for a function without Role: trusted by Lambda, basic execution policy. */
    private Deployed role(SamApplication app, SamResource function, StackValues values)
            throws SamException, InterruptedException {
        String id = Naming.roleLogicalId(function);
        String name = Naming.roleName(app, function);
        String type = ResourceType.EXECUTION_ROLE.cloudFormationName();
        Optional<StackGateway.Tagged> existing = call(id, type, () -> stack.role(name));
        if (existing.isPresent() && !app.settings().stackName().equals(existing.get().tags().get(STACK_TAG))) {
            throw new SamException(id, id + " (" + type + "): a role named " + name + " already exists and was not "
                    + "made for stack " + app.settings().stackName() + "; give " + function.logicalId()
                    + " a Role, or deploy under another stack name.");
        }
        String arn = existing.isPresent() ? existing.get().arn() : call(id, type, () -> {
            progress.step(id, "creating execution role " + name + " with AWSLambdaBasicExecutionRole");
            return stack.createExecutionRole(name, LAMBDA_TRUST, BASIC_EXECUTION_POLICY,
                    Map.of(STACK_TAG, app.settings().stackName(), LOGICAL_ID_TAG, id));
        });
        if (existing.isPresent()) {
            run(id, type, () -> stack.attachPolicy(name, BASIC_EXECUTION_POLICY));
        }
        values.role(id, name, arn);
        return new Deployed(id, type, arn, existing.isPresent() ? Deployed.Outcome.UNCHANGED
                : Deployed.Outcome.CREATED);
    }

    static Map<String, String> tags(SamApplication app, SamResource r, JsonNode userTags) {
        Map<String, String> tags = new java.util.TreeMap<>();
        userTags.properties().forEach(t -> tags.put(t.getKey(), t.getValue().asText()));
        tags.put(STACK_TAG, app.settings().stackName());
        tags.put(LOGICAL_ID_TAG, r.logicalId());
        tags.put(TYPE_TAG, r.typeName());
        return tags;
    }

    /** A gateway call; a refusal stops the deployment with the resource and the service's words. */
    interface Call<T> {
        T run() throws SamException, InterruptedException;
    }

    static <T> T call(String logicalId, String type, Call<T> call) throws SamException, InterruptedException {
        try {
            return call.run();
        } catch (AwsCallFailed e) {
            String who = logicalId.isEmpty() ? "Reading the stack" : logicalId + " (" + type + ")";
            String service = e.problem().summary().contains(e.problem().serviceText())
                    ? e.problem().errorCode() : e.serviceDetail();
            throw new SamException(logicalId, who + " was refused: " + e.problem().summary()
                    + (service.isEmpty() ? "" : " [" + service + "]"));
        }
    }

    static void run(String logicalId, String type, Runnable call) throws SamException, InterruptedException {
        call(logicalId, type, () -> {
            call.run();
            return null;
        });
    }
}

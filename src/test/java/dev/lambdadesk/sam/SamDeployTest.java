package dev.lambdadesk.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.PackageStorage;
import dev.lambdadesk.aws.StackGateway;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;

/**
 * The guide's signed application with a layer, packaged with signing and deployed under Enforce on the in-process
 * local endpoint through the real SDK: unchanged redeploy, the refusal of unsigned code, and delete.
 */
class SamDeployTest {

    private static final String BUCKET = "sam-packages";

    @TempDir
    Path dir;
    private LocalEndpoint endpoint;
    private AwsClients clients;
    private String profileVersionArn;
    private Path templateFile;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir.resolve("data")).withPort(0)
                .withPendingMillis(100));
        clients = AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                endpoint.credentials().secretAccessKey(), endpoint.region());
        profileVersionArn = clients.signer().putSigningProfile(b -> b.profileName("MySigningProfile")
                .platformId("AWSLambda-SHA384-ECDSA")).profileVersionArn();
        clients.s3().createBucket(b -> b.bucket(BUCKET));
        clients.s3().putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status("Enabled")));
        templateFile = SamTemplates.copy("signed-app", dir.resolve("app")).resolve("template.yaml");
    }

    @AfterEach
    void stop() {
        clients.close();
        endpoint.close();
    }

    private SamApplication app(Path file, String stack) throws TemplateException {
        return SamApplication.load(new TemplateReader().read(file), new SamApplication.Settings(stack, "us-east-1",
                "000000000000", Map.of("SigningProfileVersionArn", profileVersionArn)));
    }

    private PackageStorage storage() {
        return new PackageStorage(clients, new AwsErrorExplainer(Optional.empty()));
    }

    private Deployer deployer(List<Deployed> seen) {
        return new Deployer(new StackGateway(clients, new AwsErrorExplainer(Optional.empty())), storage(),
                (id, step) -> steps.add(id + ": " + step), seen::add);
    }

    private Packager.Result pack(String bucket) throws Exception {
        return new Packager(storage(), (id, step) -> steps.add(id + ": " + step)).pack(app(templateFile, "pkg"),
                new Packager.Options(bucket, "", SigningProfiles.parse(List.of("HelloWorld=MySigningProfile",
                        "MyLayer=MySigningProfile"))));
    }

    private Path packaged() throws Exception {
        Path out = dir.resolve("app/packaged.yaml");
        new TemplateWriter().write(pack(BUCKET).template(), out);
        return out;
    }

    @Test
    void packagingSignsIntoSignedPrefixAndIsDeterministic() throws Exception {
        Packager.Result first = pack(BUCKET);
        try (Stream<Path> files = Files.walk(dir.resolve("app"))) { // same code, new timestamps: same zip
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
            }
        }
        Packager.Result second = pack(BUCKET);

        String codeUri = first.template().at("/Resources/HelloWorld/Properties/CodeUri").asText();
        assertThat(codeUri).matches("s3://" + BUCKET + "/[0-9a-f]{32}/signed_[0-9a-f-]{36}\\.zip");
        assertThat(first.template().at("/Resources/MyLayer/Properties/ContentUri").asText())
                .matches("s3://" + BUCKET + "/[0-9a-f]{32}/signed_[0-9a-f-]{36}\\.zip");
        assertThat(first.artifacts()).allMatch(Packager.Artifact::signed).hasSize(2);
        assertThat(second.template()).isEqualTo(first.template());
        assertThat(steps).anyMatch(s -> s.startsWith("HelloWorld: signed before with MySigningProfile"));
        assertThat(first.template().at("/Resources/HelloWorld/Properties/CodeSigningConfigArn/Ref").asText())
                .isEqualTo("MySignedFunctionCodeSigningConfig");
        String signedKey = codeUri.substring(("s3://" + BUCKET + "/").length());
        assertThat(clients.signer().listSigningJobs().jobs()).anySatisfy(job -> {
            assertThat(job.signedObject().s3().key()).isEqualTo(signedKey);
            assertThat(job.source().s3().version()).isNotBlank();
        });
    }

    @Test
    void whatIsNotDeployedStaysInThePackagedTemplateAsWritten() throws Exception {
        Path unsupported = SamTemplates.copy("unsupported-app", dir.resolve("unsupported")).resolve("template.yaml");
        SamApplication app = SamApplication.load(new TemplateReader().read(unsupported),
                SamApplication.Settings.offline(Map.of()));
        com.fasterxml.jackson.databind.JsonNode original = app.template().root();

        Packager.Result packed = new Packager(storage(), SamProgress.none()).pack(app,
                new Packager.Options(BUCKET, "apps/unsupported", SigningProfiles.none()));
        com.fasterxml.jackson.databind.node.ObjectNode written = new TemplateReader().parse(
                new TemplateWriter().toYaml(packed.template()), "packaged.yaml");

        assertThat(written.at("/Resources/Handler/Properties/CodeUri").asText())
                .matches("s3://" + BUCKET + "/apps/unsupported/[0-9a-f]{32}");
        for (String kept : List.of("/Resources/Queue", "/Resources/Handler/Properties/Events",
                "/Resources/Handler/Metadata", "/Resources/Handler/Properties/AutoPublishAlias", "/Outputs")) {
            assertThat(written.at(kept).isMissingNode()).as(kept).isFalse();
            assertThat(written.at(kept)).as(kept).isEqualTo(original.at(kept));
        }
        assertThat(written.at("/Resources/Handler/Properties/Events/FromQueue/Properties/Queue/Fn::GetAtt")
                .toString()).isEqualTo("[\"Queue\",\"Arn\"]");
    }

    @Test
    void aFunctionWhoseConditionIsFalseIsPackagedButNotDeployed() throws Exception {
        Path json = SamTemplates.copy("globals-app", dir.resolve("globals")).resolve("template.yaml");
        SamApplication app = SamApplication.load(new TemplateReader().read(json),
                SamApplication.Settings.offline(Map.of()));

        Packager.Result packed = new Packager(storage(), SamProgress.none()).pack(app,
                new Packager.Options(BUCKET, "", SigningProfiles.none()));

        assertThat(app.resource("ProdOnly")).isEmpty();
        assertThat(packed.template().at("/Resources/ProdOnly/Properties/CodeUri").asText()).startsWith("s3://");
        assertThat(packed.template().at("/Resources/Api/Properties/CodeUri").asText())
                .isEqualTo(packed.template().at("/Resources/ProdOnly/Properties/CodeUri").asText());
        assertThat(packed.template().at("/Resources/Worker/Properties/InlineCode").asText()).startsWith("def handler");
    }

    @Test
    void signingIntoABucketWithoutVersioningIsRefusedPlainly() {
        clients.s3().createBucket(b -> b.bucket("plain"));

        assertThatThrownBy(() -> pack("plain")).isInstanceOf(SamException.class)
                .hasMessageStartingWith("Bucket plain does not have versioning turned on")
                .hasMessageContaining("aws s3api put-bucket-versioning --bucket plain");
    }

    @Test
    void deploysUnderEnforceChangesNothingOnRedeployAndDeletesWhatItMade() throws Exception {
        Path packaged = packaged();
        List<Deployed> first = new ArrayList<>();
        deployer(first).deploy(app(packaged, "demo"), Optional.empty());

        assertThat(first).extracting(d -> d.logicalId() + " " + d.outcome()).containsExactly(
                "MySignedFunctionCodeSigningConfig CREATED", "MyLayer CREATED", "HelloWorldRole CREATED",
                "HelloWorld CREATED");
        GetFunctionResponse fn = clients.lambda().getFunction(b -> b.functionName("demo-HelloWorld"));
        FunctionConfiguration config = fn.configuration();
        assertThat(config.stateAsString()).isEqualTo("Active");
        assertThat(config.signingProfileVersionArn()).isEqualTo(profileVersionArn);
        assertThat(config.layers()).singleElement().satisfies(l -> assertThat(l.arn()).isEqualTo(first.get(1).arn()));
        assertThat(config.role()).isEqualTo("arn:aws:iam::000000000000:role/demo-HelloWorldRole");
        assertThat(fn.tags()).containsEntry(Deployer.STACK_TAG, "demo").containsEntry(Deployer.LOGICAL_ID_TAG,
                "HelloWorld");
        assertThat(clients.iam().listAttachedRolePolicies(b -> b.roleName("demo-HelloWorldRole")).attachedPolicies())
                .singleElement().satisfies(p -> assertThat(p.policyName()).isEqualTo("AWSLambdaBasicExecutionRole"));

        List<Deployed> again = new ArrayList<>();
        deployer(again).deploy(app(packaged, "demo"), Optional.empty());
        assertThat(again).extracting(Deployed::outcome).containsOnly(Deployed.Outcome.UNCHANGED);
        assertThat(again).extracting(Deployed::arn).isEqualTo(first.stream().map(Deployed::arn).toList());
        assertThat(clients.lambda().getFunction(b -> b.functionName("demo-HelloWorld")).configuration()
                .revisionId()).isEqualTo(config.revisionId());

        List<Deployed> deleted = new StackDeleter(new StackGateway(clients, new AwsErrorExplainer(Optional.empty())),
                SamProgress.none(), d -> { }).delete("demo");
        assertThat(deleted).extracting(d -> d.logicalId() + " " + d.outcome()).containsExactly(
                "HelloWorld DELETED", "HelloWorldRole DELETED", "MySignedFunctionCodeSigningConfig DELETED",
                "MyLayer KEPT");
        assertThatThrownBy(() -> clients.lambda().getFunction(b -> b.functionName("demo-HelloWorld")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(clients.lambda().listCodeSigningConfigs(b -> { }).codeSigningConfigs()).isEmpty();
        assertThat(clients.iam().listRoles().roles()).noneMatch(r -> r.roleName().equals("demo-HelloWorldRole"));
        assertThat(new StackDeleter(new StackGateway(clients, new AwsErrorExplainer(Optional.empty())),
                SamProgress.none(), d -> { }).delete("demo")).isEmpty();
    }

    @Test
    void aRedeployDeletesWhatTheTemplateNoLongerHas() throws Exception {
        Path packaged = packaged();
        deployer(new ArrayList<>()).deploy(app(packaged, "demo"), Optional.empty());
        String configArn = clients.lambda().listCodeSigningConfigs(b -> { }).codeSigningConfigs().get(0)
                .codeSigningConfigArn();
        // HelloWorld renamed Greeter, which no longer uses the code signing config; the config taken out
        com.fasterxml.jackson.databind.node.ObjectNode changed = new TemplateReader().read(packaged).root();
        com.fasterxml.jackson.databind.node.ObjectNode resources = (com.fasterxml.jackson.databind.node.ObjectNode)
                changed.get("Resources");
        com.fasterxml.jackson.databind.node.ObjectNode greeter = (com.fasterxml.jackson.databind.node.ObjectNode)
                resources.remove("HelloWorld");
        ((com.fasterxml.jackson.databind.node.ObjectNode) greeter.get("Properties")).remove("CodeSigningConfigArn");
        resources.set("Greeter", greeter);
        resources.remove("MySignedFunctionCodeSigningConfig");
        Path next = dir.resolve("app/next.yaml");
        new TemplateWriter().write(changed, next);

        List<Deployed> seen = new ArrayList<>();
        List<Deployed> done = deployer(seen).deploy(app(next, "demo"), Optional.empty());

        assertThat(done).extracting(d -> d.logicalId() + " " + d.outcome()).containsExactly("MyLayer UNCHANGED",
                "GreeterRole CREATED", "Greeter CREATED", "HelloWorld DELETED", "HelloWorldRole DELETED",
                "MySignedFunctionCodeSigningConfig DELETED");
        assertThat(seen).as("each told as it happens").isEqualTo(done);
        assertThatThrownBy(() -> clients.lambda().getFunction(b -> b.functionName("demo-HelloWorld")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(clients.iam().listRoles().roles()).extracting(r -> r.roleName())
                .contains("demo-GreeterRole").doesNotContain("demo-HelloWorldRole");
        assertThat(clients.lambda().listCodeSigningConfigs(b -> { }).codeSigningConfigs())
                .noneMatch(c -> c.codeSigningConfigArn().equals(configArn));
        assertThat(clients.lambda().getFunction(b -> b.functionName("demo-Greeter")).configuration().stateAsString())
                .isIn("Pending", "Active");
        assertThat(steps).contains("HelloWorld: deleting function demo-HelloWorld: no longer in the template");

        List<Deployed> again = new ArrayList<>();
        deployer(again).deploy(app(next, "demo"), Optional.empty());
        assertThat(again).extracting(Deployed::outcome).as("nothing more to remove").containsOnly(
                Deployed.Outcome.UNCHANGED);
    }

    @Test
    void unsignedCodeUnderEnforceIsRefusedNamingTheFunctionAndLeavesItAsItWas() throws Exception {
        deployer(new ArrayList<>()).deploy(app(packaged(), "demo"), Optional.empty());
        FunctionConfiguration before = clients.lambda().getFunction(b -> b.functionName("demo-HelloWorld"))
                .configuration();
        Files.writeString(dir.resolve("app/hello_world/app.py"), "def lambda_handler(event, context):\n"
                + "    return 'changed and unsigned'\n");

        List<Deployed> seen = new ArrayList<>();
        assertThatThrownBy(() -> deployer(seen).deploy(app(templateFile, "demo"), Optional.empty()))
                .isInstanceOfSatisfying(SamException.class, e -> {
                    assertThat(e.logicalId()).isEqualTo("HelloWorld");
                    assertThat(e.getMessage()).startsWith("HelloWorld (AWS::Serverless::Function) was refused")
                            .contains("CodeVerificationFailedException");
                });
        FunctionConfiguration after = clients.lambda().getFunction(b -> b.functionName("demo-HelloWorld"))
                .configuration();
        assertThat(after.codeSha256()).isEqualTo(before.codeSha256());
        assertThat(after.layers()).isEqualTo(before.layers());
        assertThat(after.revisionId()).isEqualTo(before.revisionId());
        assertThat(seen).extracting(Deployed::logicalId).doesNotContain("HelloWorld");
    }

    @Test
    void aFunctionOfTheSameNameFromElsewhereIsNotTakenOver() throws Exception {
        Path packaged = packaged();
        deployer(new ArrayList<>()).deploy(app(packaged, "first"), Optional.empty());
        String template = Files.readString(packaged).replace("      Handler: app.lambda_handler",
                "      Handler: app.lambda_handler\n      FunctionName: first-HelloWorld");
        Path other = dir.resolve("app/other.yaml");
        Files.writeString(other, template);

        assertThatThrownBy(() -> deployer(new ArrayList<>()).deploy(app(other, "second"), Optional.empty()))
                .isInstanceOf(SamException.class).hasMessageContaining("a function named first-HelloWorld already "
                        + "exists and belongs to stack first");
    }
}

package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.sam.SamTemplates;

/**
 * {@code lambdadesk sam validate|package|deploy|delete} through the command line, against the in-process local
 * endpoint with its credentials file (as a person runs it: --profile lambdadesk-local --endpoint-url URL).
 */
class SamCommandTest {

    @TempDir
    static Path dir;
    static LocalEndpoint endpoint;
    static String profileVersionArn;
    static Path app;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir.resolve("data")).withPort(0)
                .withPendingMillis(100));
        // The SDK reads this property before AWS_SHARED_CREDENTIALS_FILE: the endpoint's credentials file.
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("data/credentials").toString());
        try (AwsClients clients = AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                endpoint.credentials().secretAccessKey(), endpoint.region())) {
            profileVersionArn = clients.signer().putSigningProfile(b -> b.profileName("MySigningProfile")
                    .platformId("AWSLambda-SHA384-ECDSA")).profileVersionArn();
            clients.s3().createBucket(b -> b.bucket("test-bucket"));
            clients.s3().putBucketVersioning(b -> b.bucket("test-bucket")
                    .versioningConfiguration(v -> v.status("Enabled")));
        }
        app = SamTemplates.copy("signed-app", dir.resolve("app"));
    }

    @AfterAll
    static void stop() {
        System.clearProperty("aws.sharedCredentialsFile");
        endpoint.close();
    }

    private int run(String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String[] connected(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--profile", "lambdadesk-local", "--region", "us-east-1", "--endpoint-url",
                endpoint.endpointUri().toString()));
        return all.toArray(String[]::new);
    }

    private static String resource(String relative) {
        return SamTemplates.path(relative).toString();
    }

    @Test
    void validateExitsZeroOneOrTwo() throws Exception {
        assertThat(run("sam", "validate", "--template-file", resource("signed-app/template.yaml"))).isZero();
        assertThat(err.toString()).contains("valid SAM template");

        assertThat(run("sam", "validate", "-t", resource("broken-app/template.yaml"))).isEqualTo(1);
        assertThat(out.toString()).contains("HelloWorld.MemorySize: ");

        assertThat(run("sam", "validate", "-t", resource("broken-app/not-yaml.yaml"))).isEqualTo(2);
        assertThat(err.toString()).contains("not-yaml.yaml is not valid YAML or JSON at line 4");

        assertThat(run("sam", "validate", "-t", resource("unsupported-app/template.yaml"))).isZero();
        assertThat(out.toString()).contains("note: Queue (AWS::SQS::Queue): not deployed by LambdaDesk");
    }

    @Test
    void validatePackageDeployUnderEnforceRedeployAndDelete() throws Exception {
        Path packaged = app.resolve("packaged.yaml");
        String template = app.resolve("template.yaml").toString();
        String parameter = "SigningProfileVersionArn=" + profileVersionArn;

        assertThat(run("sam", "validate", "-t", template, "--parameter-overrides", parameter)).isZero();
        assertThat(run(connected("sam", "package", "--template-file", template, "--s3-bucket", "test-bucket",
                "--signing-profiles", "HelloWorld=MySigningProfile", "MyLayer=MySigningProfile",
                "--output-template-file", packaged.toString()))).as(err.toString()).isZero();
        assertThat(Files.readString(packaged)).contains("CodeUri: s3://test-bucket/").contains("/signed_");

        assertThat(run(connected("sam", "deploy", "--template-file", packaged.toString(), "--stack-name", "cli",
                "--parameter-overrides", parameter, "--capabilities", "CAPABILITY_IAM"))).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "MySignedFunctionCodeSigningConfig  AWS::Lambda::CodeSigningConfig  "
                        + out.toString().lines().findFirst().orElseThrow().split("  ")[2] + "  created",
                "MyLayer  AWS::Serverless::LayerVersion  arn:aws:lambda:us-east-1:000000000000:layer:MyLayer:1  created",
                "HelloWorldRole  AWS::IAM::Role  arn:aws:iam::000000000000:role/cli-HelloWorldRole  created",
                "HelloWorld  AWS::Serverless::Function  arn:aws:lambda:us-east-1:000000000000:function:"
                        + "cli-HelloWorld  created");

        out.getBuffer().setLength(0);
        assertThat(run(connected("sam", "deploy", "-t", packaged.toString(), "--stack-name", "cli",
                "--parameter-overrides", parameter))).isZero();
        assertThat(out.toString().lines()).hasSize(4).allMatch(line -> line.endsWith("  unchanged"));

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run(connected("sam", "deploy", "-t", template, "--stack-name", "cli", "--parameter-overrides",
                parameter))).isEqualTo(1);
        assertThat(err.toString()).contains("warning: HelloWorld: HelloWorld and MyLayer not signed, and "
                        + "MySignedFunctionCodeSigningConfig enforces signatures: Lambda will refuse it.")
                .contains("HelloWorld (AWS::Serverless::Function) was refused")
                .contains("CodeVerificationFailedException").contains("Deployment of cli stopped");

        out.getBuffer().setLength(0);
        assertThat(run(connected("sam", "delete", "--stack-name", "cli", "--no-prompts"))).isZero();
        assertThat(out.toString().lines().map(l -> l.substring(l.lastIndexOf("  ") + 2))).containsExactly(
                "deleted", "deleted", "deleted", "kept");
    }

    @Test
    void signingWithoutABucketIsAnUsageError() throws Exception {
        assertThat(run(connected("sam", "deploy", "-t", resource("signed-app/template.yaml"), "--stack-name", "x",
                "--signing-profiles", "HelloWorld=MySigningProfile"))).isEqualTo(2);
        assertThat(err.toString()).contains("--signing-profiles needs --s3-bucket");
    }
}

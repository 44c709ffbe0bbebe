package dev.lambdadesk.shots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javafx.stage.Stage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.sso.SsoTokenCache;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.S3ObjectInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.testing.WindowModels;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.connection.ConnectionPickerView;
import dev.lambdadesk.ui.connection.ConnectionViewModel;
import dev.lambdadesk.ui.shell.ConnectionState;
import dev.lambdadesk.ui.shell.ConnectionStatus;
import dev.lambdadesk.ui.shell.MainWindow;
import dev.lambdadesk.ui.shell.MainWindowModels;
import dev.lambdadesk.ui.shell.ShellViewModel;

/**
 * The real main window over an in-process local endpoint that holds what a working account holds: functions (one
 * signed under an Enforce code signing config), profiles (active, canceled, revoked), signing jobs, a versioned
 * bucket with an unsigned and a signed package.
 */
final class TourApp implements AutoCloseable {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";
    static final String SIGNED_FUNCTION = "orders-api";

    final Path dir;
    final LocalSession local;
    final FxUiExecutor ui = new FxUiExecutor();
    final ShellViewModel shell = new ShellViewModel();
    final Path unsignedZip;
    /** The code signing config that enforces its checks (trusting the profile Release). */
    String enforceArn;
    MainWindowModels models;
    /** The version of the profile Release, which the Enforce config trusts. */
    String releaseVersionArn;

    TourApp(Path dir, long pendingMillis) throws IOException {
        this.dir = dir;
        local = LocalSession.start(dir.resolve("endpoint"), pendingMillis);
        unsignedZip = dev.lambdadesk.ui.signing.PackageZips.python(dir, "orders.zip");
        seed();
    }

    /** Opens the main window on {@code stage} with the connection picker wired as the app wires it. */
    void show(Stage stage) {
        Session session = local.session();
        models = WindowModels.of(shell, session, ui, dir.resolve("data"));
        shell.showConnection(ConnectionStatus.of(ConnectionState.CONNECTED, "Local endpoint · us-east-1"));
        new MainWindow(models).show(stage);
        ConnectionPickerView.openOnRequest(shell, connection(session), stage);
    }

    private ConnectionViewModel connection(Session session) {
        LocalEndpoint endpoint = local.endpoint();
        ProfileSource profiles = ProfileSource.files(dir.resolve("aws-config"), endpoint.credentialsFile()
                .orElse(dir.resolve("aws-credentials")), new SsoTokenCache(dir.resolve("sso-cache")));
        Connector connector = spec -> new Session.Connection(spec instanceof ConnectionSpec.Local
                ? spec : new ConnectionSpec.Local(endpoint.region()), AwsClients.local(endpoint.endpointUri(),
                endpoint.credentials().accessKeyId(), endpoint.credentials().secretAccessKey(), endpoint.region()));
        return new ConnectionViewModel(session, new ConnectionMonitor(session), connector, profiles, ui,
                TaskScheduler.virtualThreads(), shell);
    }

    private void seed() throws IOException {
        Session s = local.session();
        Files.writeString(dir.resolve("aws-config"), """
                [profile dev-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Developer
                region = us-west-2

                [sso-session corp]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1

                [profile staging]
                region = eu-west-1
                """);
        s.s3().createBucket("code");
        s.s3().enableVersioning("code");
        S3ObjectInfo uploaded = s.s3().upload("code", "orders.zip", unsignedZip);
        SigningProfileInfo release = s.signer().putProfile(profile("Release"));
        releaseVersionArn = release.versionArn();
        SigningProfileInfo nightly = s.signer().putProfile(profile("Nightly_builds"));
        s.signer().putProfile(profile("Old_builds"));
        s.signer().cancelProfile("Old_builds");
        SigningProfileInfo leaked = s.signer().putProfile(profile("Leaked_key"));
        String releaseJob = sign("Release", uploaded);
        String nightlyJob = sign("Nightly_builds", uploaded);
        sign("Leaked_key", uploaded);
        s.signer().revokeSignature(nightlyJob, "Built from an unreviewed branch");
        s.signer().revokeProfile(JsonNodeFactory.instance.objectNode().put("profileName", "Leaked_key")
                .put("profileVersion", leaked.version()).put("reason", "Private key leaked")
                .put("effectiveTime", Instant.now().minusSeconds(60).toString()));

        ObjectNode enforce = JsonNodeFactory.instance.objectNode().put("Description", "Release builds only");
        enforce.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(release.versionArn());
        enforce.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Enforce");
        enforceArn = s.codeSigningConfigs().create(enforce).arn();
        ObjectNode warn = JsonNodeFactory.instance.objectNode().put("Description", "Nightly builds, warn only");
        warn.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(nightly.versionArn());
        warn.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Warn");
        s.codeSigningConfigs().create(warn);

        SigningJobInfo signed = waitForSigned(releaseJob);
        ObjectNode orders = function(SIGNED_FUNCTION, "python3.13", "app.handler")
                .put("CodeSigningConfigArn", enforceArn).put("Description", "Order intake API, release-signed");
        orders.putObject("Code").put("S3Bucket", "code").put("S3Key", signed.signedObject().orElseThrow().key());
        s.lambda().createFunction(orders);
        for (String layer : new String[] {"shared-utils", "pillow-imaging"}) {
            ObjectNode publish = JsonNodeFactory.instance.objectNode().put("LayerName", layer)
                    .put("Description", "Common code for the " + layer + " functions");
            publish.putArray("CompatibleRuntimes").add("python3.12").add("python3.13");
            publish.putObject("Content").put("S3Bucket", "code").put("S3Key", "orders.zip");
            s.layers().publish(publish);
        }
        zipFunction("thumbnails", "python3.12");
        zipFunction("billing-worker", "nodejs22.x");
        zipFunction("nightly-report-generator-for-the-finance-team", "java21");
        for (String name : new String[] {SIGNED_FUNCTION, "thumbnails", "billing-worker",
                "nightly-report-generator-for-the-finance-team"}) {
            waitUntilActive(name);
        }
    }

    private void zipFunction(String name, String runtime) {
        ObjectNode request = function(name, runtime, runtime.startsWith("java") ? "example.Handler::handleRequest"
                : runtime.startsWith("node") ? "index.handler" : "app.handler");
        request.putObject("Code").put("S3Bucket", "code").put("S3Key", "orders.zip");
        local.session().lambda().createFunction(request);
    }

    private static ObjectNode function(String name, String runtime, String handler) {
        return JsonNodeFactory.instance.objectNode().put("FunctionName", name).put("Runtime", runtime)
                .put("Handler", handler).put("Role", ROLE).put("MemorySize", 256).put("Timeout", 15);
    }

    private static ObjectNode profile(String name) {
        return JsonNodeFactory.instance.objectNode().put("profileName", name)
                .put("platformId", SigningPlatformInfo.LAMBDA);
    }

    private String sign(String profileName, S3ObjectInfo object) {
        ObjectNode start = JsonNodeFactory.instance.objectNode().put("profileName", profileName)
                .put("clientRequestToken", profileName + "-" + System.nanoTime());
        start.putObject("source").putObject("s3").put("bucketName", object.bucket()).put("key", object.key())
                .put("version", object.versionId());
        start.putObject("destination").putObject("s3").put("bucketName", "code").put("prefix", "signed/");
        return local.session().signer().startJob(start);
    }

    private SigningJobInfo waitForSigned(String jobId) {
        for (int i = 0; i < 200; i++) {
            SigningJobInfo job = local.session().signer().job(jobId);
            if (job.signedObject().isPresent()) {
                return job;
            }
            pause();
        }
        throw new IllegalStateException("signing job " + jobId + " did not finish");
    }

    private void waitUntilActive(String name) {
        for (int i = 0; i < 400 && local.session().lambda().status(name).state() != FunctionState.ACTIVE; i++) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        ui.close();
        local.close();
    }
}

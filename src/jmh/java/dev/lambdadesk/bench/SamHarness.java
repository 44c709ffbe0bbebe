package dev.lambdadesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.PackageStorage;
import dev.lambdadesk.aws.StackGateway;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.sam.Deployer;
import dev.lambdadesk.sam.Packager;
import dev.lambdadesk.sam.SamApplication;
import dev.lambdadesk.sam.SamProgress;
import dev.lambdadesk.sam.SigningProfiles;
import dev.lambdadesk.sam.SamTemplates;
import dev.lambdadesk.sam.StackDeleter;
import dev.lambdadesk.sam.Template;
import dev.lambdadesk.sam.TemplateReader;

/**
 * How long the README's SAM example (the guide's signed function with a layer) takes, in one process against the
 * in-process local endpoint (functions Active after 100 ms): package with signing (first time: upload and sign both
 * packages; again: nothing to upload or sign), deploy under Enforce, the unchanged redeploy, and delete. Each round
 * starts from an empty endpoint; the first round includes the JIT warm-up.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.bench.SamHarness -Dbench.args=10}
 */
public final class SamHarness {

    private SamHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Map<String, List<Long>> times = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            Path dir = Files.createTempDirectory("sam-harness");
            try {
                round(dir).forEach((k, v) -> times.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        times.forEach((what, ms) -> {
            List<Long> sorted = ms.stream().sorted().toList();
            System.out.printf("%-28s first %5d ms, median %5d ms, max %5d ms (%d rounds)%n", what, ms.get(0),
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), ms.size());
        });
    }

    private static Map<String, Long> round(Path dir) throws Exception {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (LocalEndpoint endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir.resolve("data"))
                .withPort(0).withPendingMillis(100));
             AwsClients clients = AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                     endpoint.credentials().secretAccessKey(), endpoint.region())) {
            String profile = clients.signer().putSigningProfile(b -> b.profileName("MySigningProfile")
                    .platformId("AWSLambda-SHA384-ECDSA")).profileVersionArn();
            clients.s3().createBucket(b -> b.bucket("test-bucket"));
            clients.s3().putBucketVersioning(b -> b.bucket("test-bucket").versioningConfiguration(v -> v
                    .status("Enabled")));
            Path templateFile = SamTemplates.copy("signed-app", dir.resolve("app")).resolve("template.yaml");
            SamApplication.Settings settings = new SamApplication.Settings("demo", "us-east-1", "000000000000",
                    Map.of("SigningProfileVersionArn", profile));
            AwsErrorExplainer explainer = new AwsErrorExplainer(Optional.empty());
            PackageStorage storage = new PackageStorage(clients, explainer);
            Packager.Options options = new Packager.Options("test-bucket", "", SigningProfiles.parse(
                    List.of("HelloWorld=MySigningProfile", "MyLayer=MySigningProfile")));
            SamApplication app = SamApplication.load(new TemplateReader().read(templateFile), settings);

            long t0 = System.nanoTime();
            Packager.Result packed = new Packager(storage, SamProgress.none()).pack(app, options);
            out.put("package (upload + sign)", ms(t0));
            t0 = System.nanoTime();
            new Packager(storage, SamProgress.none()).pack(app, options);
            out.put("package again (no change)", ms(t0));

            SamApplication packaged = SamApplication.load(new Template(templateFile, packed.template()), settings);
            Deployer deployer = new Deployer(new StackGateway(clients, explainer), storage, SamProgress.none(),
                    d -> { });
            t0 = System.nanoTime();
            deployer.deploy(packaged, Optional.empty());
            out.put("deploy (4 resources)", ms(t0));
            t0 = System.nanoTime();
            deployer.deploy(packaged, Optional.empty());
            out.put("redeploy (unchanged)", ms(t0));
            t0 = System.nanoTime();
            new StackDeleter(new StackGateway(clients, explainer), SamProgress.none(), d -> { }).delete("demo");
            out.put("delete", ms(t0));
        }
        return out;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}

package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** {@code lambdadesk local-endpoint}: what it prints, the credentials file it writes, and a clean stop. */
class LocalEndpointCommandTest {

    private static final Pattern LISTENING =
            Pattern.compile("LambdaDesk local endpoint listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dataDir;
    @TempDir
    Path logs;

    @Test
    void printsTheListeningLineWritesPrivateCredentialsAndStopsOnSigterm() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.lambdadesk.app.Main", "local-endpoint",
                "--port", "0", "--data-dir", dataDir.toString(), "--pending-ms", "0")
                .redirectError(logs.resolve("err.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = out.readLine();
            Matcher listening = LISTENING.matcher(first == null ? "" : first);
            assertThat(listening.matches()).as(first).isTrue();
            List<String> rest = List.of(out.readLine(), out.readLine());

            Path credentials = dataDir.resolve("credentials");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                    .isEqualTo("rw-------");
            ProfileFile profiles = ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS)
                    .build();
            var profile = profiles.profile("lambdadesk-local").orElseThrow();
            String keyId = profile.property("aws_access_key_id").orElseThrow();
            String secret = profile.property("aws_secret_access_key").orElseThrow();
            assertThat(profile.property("region")).hasValue("us-east-1");
            assertThat(rest.get(0)).isEqualTo("Access key id: " + keyId);
            assertThat(rest.get(1)).contains(credentials.toString()).contains("lambdadesk-local");

            try (LambdaClient lambda = LambdaClient.builder()
                    .endpointOverride(URI.create("http://127.0.0.1:" + listening.group(1)))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(ProfileCredentialsProvider.builder().profileFile(profiles)
                            .profileName("lambdadesk-local").build())
                    .httpClient(ApacheHttpClient.create()).build()) {
                assertThat(lambda.listFunctions().functions()).isEmpty();
            }

            assertThat(process.toHandle().destroy()).as("SIGTERM sent").isTrue();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("exit after SIGTERM").isEqualTo(143);
            List<String> everything = new ArrayList<>(List.of(first));
            everything.addAll(rest);
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                everything.add(line);
            }
            everything.add(Files.readString(logs.resolve("err.txt")));
            assertThat(String.join("\n", everything)).doesNotContain(secret);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void refusesAnAccessKeyWithoutASecret() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute("local-endpoint", "--access-key", "AKIAONLYKEY", "--data-dir",
                dataDir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Give both --access-key and --secret-key, or neither.");
        assertThat(dataDir.resolve("credentials")).doesNotExist();
    }

    @Test
    void reportsAPortThatIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            CommandLine commandLine = Main.newCommandLine();
            commandLine.setErr(new PrintWriter(err));

            int exit = commandLine.execute("local-endpoint", "--port", Integer.toString(taken.getLocalPort()),
                    "--data-dir", dataDir.toString());

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).startsWith("Could not start the local endpoint:");
        }
    }
}

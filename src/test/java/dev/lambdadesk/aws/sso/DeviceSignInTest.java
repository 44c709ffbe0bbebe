package dev.lambdadesk.aws.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.internal.OnDiskTokenManager;
import software.amazon.awssdk.services.ssooidc.internal.SsoOidcToken;

import dev.lambdadesk.testing.ManualClock;

/** The device authorization flow through the real SDK client against SSO OIDC faked on loopback. */
class DeviceSignInTest {

    private static final Instant START = Instant.parse("2025-01-01T08:00:00Z");
    private static final SsoSession CORP = new SsoSession(Optional.of("corp"),
            "https://lambdadesk-test.awsapps.com/start", "eu-west-1", List.of("sso:account:access"));

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(START);
    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private FakeSsoOidc fake;

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void signingInWaitsAsAskedAndWritesTheTokenToTheCliCacheOnlyTheOwnerCanRead() throws Exception {
        fake = new FakeSsoOidc(FakeSsoOidc.Outcome.PENDING, FakeSsoOidc.Outcome.SLOW_DOWN,
                FakeSsoOidc.Outcome.PENDING);
        List<DeviceSignIn.Prompt> prompts = new ArrayList<>();

        DeviceSignIn.Result result = signIn().signIn(CORP, prompts::add);

        assertThat(regions).containsExactly("eu-west-1");
        assertThat(prompts).singleElement().satisfies(p -> {
            assertThat(p.userCode()).isEqualTo("WXYZ-1234");
            assertThat(p.addressToOpen())
                    .isEqualTo(URI.create("https://device.sso.us-east-1.amazonaws.com/?user_code=WXYZ-1234"));
            assertThat(p.expiresAt()).isEqualTo(START.plusSeconds(600));
        });
        // interval 1 s as asked; five seconds more from the slow_down on
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(6),
                Duration.ofSeconds(6));
        assertThat(fake.calls).extracting(FakeSsoOidc.Call::path).containsExactly("/client/register",
                "/device_authorization", "/token", "/token", "/token", "/token");
        JsonNode register = fake.calls.get(0).body();
        assertThat(register.path("clientType").asText()).isEqualTo("public");
        assertThat(register.path("scopes").get(0).asText()).isEqualTo("sso:account:access");
        assertThat(fake.calls.get(1).body().path("startUrl").asText()).isEqualTo(CORP.startUrl());
        assertThat(fake.calls.get(5).body().path("grantType").asText())
                .isEqualTo("urn:ietf:params:oauth:grant-type:device_code");
        assertThat(fake.calls.get(5).body().path("deviceCode").asText()).isEqualTo("device-code-SECRET");

        Path file = dir.resolve("cache").resolve(sha1("corp") + ".json");
        assertThat(result.cacheFile()).isEqualTo(file);
        assertThat(result.expiresAt()).isEqualTo(START.plusSeconds(14 + 28800));
        JsonNode cached = new ObjectMapper().readTree(file.toFile());
        assertThat(cached.properties()).extracting(e -> e.getKey() + "=" + e.getValue().asText()).containsExactly(
                "startUrl=https://lambdadesk-test.awsapps.com/start", "region=eu-west-1",
                "accessToken=access-token-SECRET", "expiresAt=2025-01-01T16:00:14Z", "clientId=client-id-1",
                "clientSecret=client-secret-SECRET", "registrationExpiresAt=2025-04-01T00:00:00Z",
                "refreshToken=refresh-token-SECRET");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theSdksOwnTokenReaderFindsTheSignIn() throws Exception {
        fake = new FakeSsoOidc();
        signIn().signIn(CORP, p -> { });

        try (OnDiskTokenManager sdk = OnDiskTokenManager.create(dir.resolve("cache"), "corp")) {
            SsoOidcToken token = sdk.loadToken().orElseThrow();
            assertThat(token.token()).isEqualTo("access-token-SECRET");
            assertThat(token.refreshToken()).isEqualTo("refresh-token-SECRET");
            assertThat(token.expirationTime()).contains(Instant.parse("2025-01-01T16:00:01Z"));
            assertThat(token.startUrl()).isEqualTo(CORP.startUrl());
        }
    }

    @Test
    void noSecretOfTheSignInIsLoggedEvenAtTheFinestLevel() throws Exception {
        fake = new FakeSsoOidc(FakeSsoOidc.Outcome.PENDING);
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                logged.add(format.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        List<Logger> watched = List.of(Logger.getLogger("dev.lambdadesk"), Logger.getLogger("software.amazon.awssdk"));
        List<Level> before = watched.stream().map(Logger::getLevel).toList();
        watched.forEach(l -> {
            l.setLevel(Level.ALL);
            l.addHandler(handler);
        });
        try {
            signIn().signIn(CORP, p -> { });
        } finally {
            for (int i = 0; i < watched.size(); i++) {
                watched.get(i).removeHandler(handler);
                watched.get(i).setLevel(before.get(i));
            }
        }

        assertThat(logged).anyMatch(line -> line.contains("Signed in to sso-session corp"));
        assertThat(String.join("\n", logged)).doesNotContain("access-token-SECRET", "refresh-token-SECRET",
                "client-secret-SECRET", "device-code-SECRET");
    }

    @Test
    void aCodeThatExpiresIsSaidPlainlyAndNothingIsCached() throws IOException {
        fake = new FakeSsoOidc(FakeSsoOidc.Outcome.PENDING, FakeSsoOidc.Outcome.EXPIRED);

        assertThatThrownBy(() -> signIn().signIn(CORP, p -> { })).isInstanceOfSatisfying(SignInException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(SignInException.Reason.CODE_EXPIRED);
                    assertThat(e.getMessage()).isEqualTo("The sign-in code expired before it was confirmed in the "
                            + "browser. Sign in again for a new code.");
                });
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void pollingStopsWhenTheCodeRunsOutEvenIfTheServiceKeepsSayingPending() throws IOException {
        FakeSsoOidc.Outcome[] slowDowns = new FakeSsoOidc.Outcome[40];
        java.util.Arrays.fill(slowDowns, FakeSsoOidc.Outcome.SLOW_DOWN);
        fake = new FakeSsoOidc(slowDowns);

        assertThatThrownBy(() -> signIn().signIn(CORP, p -> { }))
                .isInstanceOfSatisfying(SignInException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInException.Reason.CODE_EXPIRED));
        assertThat(clock.instant()).isAfterOrEqualTo(START.plusSeconds(600));
        assertThat(fake.calls.size() - 2).isLessThan(40); // it gave up on the clock, not on the script
    }

    @Test
    void aDeclinedSignInIsSaidPlainly() throws IOException {
        fake = new FakeSsoOidc(FakeSsoOidc.Outcome.DENIED);

        assertThatThrownBy(() -> signIn().signIn(CORP, p -> { })).isInstanceOfSatisfying(SignInException.class,
                e -> assertThat(e.getMessage()).isEqualTo("The sign-in was declined in the browser. Sign in again "
                        + "to retry."));
    }

    @Test
    void anUnreachableServiceNamesTheRegionToCheck() throws IOException {
        fake = new FakeSsoOidc();
        fake.close();

        assertThatThrownBy(() -> signIn().signIn(CORP, p -> { })).isInstanceOfSatisfying(SignInException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(SignInException.Reason.UNREACHABLE);
                    assertThat(e.getMessage()).isEqualTo("IAM Identity Center in eu-west-1 cannot be reached. "
                            + "Check the network and the sso_region of sso-session corp.");
                });
    }

    private DeviceSignIn signIn() {
        return new DeviceSignIn(region -> {
            regions.add(region);
            return SsoOidcClient.builder().region(Region.of(region)).endpointOverride(fake.uri())
                    .credentialsProvider(AnonymousCredentialsProvider.create()).build();
        }, new SsoTokenCache(dir.resolve("cache")), clock, d -> {
            pauses.add(d);
            clock.advance(d);
        });
    }

    private static String sha1(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

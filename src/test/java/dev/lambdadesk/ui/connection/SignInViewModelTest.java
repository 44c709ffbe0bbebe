package dev.lambdadesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.sso.FakeSsoOidc;
import dev.lambdadesk.aws.sso.SsoSession;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.common.Tone;

/**
 * Sign in from the picker: the real device authorization flow against SSO OIDC faked on loopback, then the
 * connection. The IAM Identity Center portal that turns the token into role credentials is AWS's edge; the
 * connection here signs with the local endpoint's keys (the token's use by the SDK is DeviceSignInTest's).
 */
class SignInViewModelTest {

    private static final SsoSession CORP = new SsoSession(Optional.of("corp"),
            "https://lambdadesk-test.awsapps.com/start", "us-east-1", List.of("sso:account:access"));

    @TempDir
    Path dir;

    private ConnectionFixture fx;
    private FakeSsoOidc sso;
    private final List<URI> opened = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        fx = new ConnectionFixture(dir, new CurrentThreadUiExecutor());
    }

    @AfterEach
    void stop() {
        sso.close();
        fx.close();
    }

    @Test
    void signingInShowsTheCodeOpensTheBrowserCachesTheTokenAndConnects() throws IOException {
        sso = new FakeSsoOidc(FakeSsoOidc.Outcome.PENDING);
        ConnectionPickerViewModel picker = viewModel().newPicker();
        List<String> codes = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        picker.signInProgress().codeProperty().addListener((o, old, now) -> codes.add(now));
        picker.signInProgress().addressProperty().addListener((o, old, now) -> addresses.add(now));
        picker.selectedChoiceProperty().set(picker.choices().get(0));
        assertThat(picker.signInOfferedProperty().get()).isFalse();
        select(picker, "dev-sso");
        assertThat(picker.canSignInProperty().get()).isTrue();

        picker.signIn();

        URI complete = URI.create("https://device.sso.us-east-1.amazonaws.com/?user_code=WXYZ-1234");
        assertThat(opened).containsExactly(complete);
        assertThat(codes).contains("WXYZ-1234");
        assertThat(addresses).contains(complete.toString());
        assertThat(Files.isRegularFile(fx.tokens.fileFor(CORP))).isTrue();
        assertThat(fx.tokens.expiresAt(CORP)).isPresent();
        assertThat(picker.signInProgress().messageProperty().get()).startsWith("Signed in until ");
        assertThat(picker.signInProgress().codeProperty().get()).isEmpty();
        assertThat(fx.session.current().orElseThrow().spec())
                .isEqualTo(new ConnectionSpec.Profile("dev-sso", "us-west-2", Optional.empty()));
        assertThat(picker.finishedProperty().get()).isTrue();
    }

    @Test
    void aCodeLeftToExpireIsSaidPlainlyAndSignInIsOfferedAgain() throws IOException {
        sso = new FakeSsoOidc(FakeSsoOidc.Outcome.PENDING, FakeSsoOidc.Outcome.EXPIRED);
        ConnectionPickerViewModel picker = viewModel().newPicker();
        select(picker, "dev-sso");

        picker.signIn();

        assertThat(picker.signInProgress().messageProperty().get()).isEqualTo("The sign-in code expired before it "
                + "was confirmed in the browser. Sign in again for a new code.");
        assertThat(picker.signInProgress().toneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(picker.canSignInProperty().get()).isTrue();
        assertThat(fx.switches).isEmpty();
        assertThat(Files.exists(fx.tokens.fileFor(CORP))).isFalse();
    }

    @Test
    void withoutABrowserTheAddressIsShownToOpenByHand() throws IOException {
        sso = new FakeSsoOidc(FakeSsoOidc.Outcome.DENIED);
        ConnectionViewModel viewModel = new ConnectionViewModel(fx.session, fx.monitor, fx.connector,
                ProfileSource.files(fx.configFile, fx.credentialsFile, fx.tokens), new CurrentThreadUiExecutor(),
                fx.scheduler, fx.shell, sso.signIn(fx.tokens, new ManualClock(Instant.now()), d -> { }),
                address -> false);
        ConnectionPickerViewModel picker = viewModel.newPicker();
        select(picker, "dev-sso");
        List<String> messages = new ArrayList<>();
        picker.signInProgress().messageProperty().addListener((o, old, now) -> messages.add(now));

        picker.signIn();

        assertThat(messages).anyMatch(m -> m.startsWith("Open this address in a browser."));
        assertThat(messages).last().isEqualTo("The sign-in was declined in the browser. Sign in again to retry.");
    }

    /** Connections to dev-sso sign with the local endpoint's keys: the flow up to the cache is what is real here. */
    private ConnectionViewModel viewModel() {
        ManualClock clock = new ManualClock(Instant.now());
        return new ConnectionViewModel(fx.session, fx.monitor, spec -> spec instanceof ConnectionSpec.Profile
                ? new Session.Connection(spec, AwsClients.local(fx.endpoint.endpointUri(),
                fx.endpoint.credentials().accessKeyId(), fx.endpoint.credentials().secretAccessKey(), spec.region()))
                : fx.connector.open(spec),
                ProfileSource.files(fx.configFile, fx.credentialsFile, fx.tokens), new CurrentThreadUiExecutor(),
                fx.scheduler, fx.shell, sso.signIn(fx.tokens, clock, clock::advance), opened::add);
    }

    private static void select(ConnectionPickerViewModel picker, String profile) {
        picker.selectedChoiceProperty().set(picker.choices().stream()
                .filter(c -> c instanceof ConnectionChoice.Profile p && p.profile().name().equals(profile))
                .findFirst().orElseThrow());
    }
}

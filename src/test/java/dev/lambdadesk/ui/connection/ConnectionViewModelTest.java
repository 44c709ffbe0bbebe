package dev.lambdadesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.sso.SsoSession;
import dev.lambdadesk.aws.sso.SsoTokenCache;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.shell.ConnectionState;
import dev.lambdadesk.ui.shell.ConnectionStatus;

/** Switching connections through the picker, against an in-process local endpoint and generated profile files. */
class ConnectionViewModelTest {

    @TempDir
    Path dir;

    private ConnectionFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = new ConnectionFixture(dir, new CurrentThreadUiExecutor());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void thePickerListsTheLocalEndpointAndEveryProfileWithItsKind() {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();

        assertThat(picker.choices()).extracting(ConnectionChoice::label).containsExactly(
                "Local endpoint · built in, no AWS account", "dev-sso · IAM Identity Center",
                "lambdadesk-local · access keys", "wrong-secret · access keys");
        assertThat(picker.profilesMessageProperty().get()).isEmpty();
        assertThat(picker.regions()).contains("us-east-1", "eu-central-1", "ap-southeast-2")
                .doesNotContain("us-gov-west-1", "cn-north-1");
        assertThat(picker.selectedChoiceProperty().get()).isInstanceOf(ConnectionChoice.Local.class);
        assertThat(picker.loadingProperty().get()).isFalse();
    }

    @Test
    void pickingAProfileWithAnEndpointUrlSwitchesTheSessionAndSaysConnected() {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "lambdadesk-local");
        picker.endpointUrlProperty().set(fx.endpointUrl());

        picker.apply();

        ConnectionSpec expected = new ConnectionSpec.Profile("lambdadesk-local", "us-east-1",
                Optional.of(fx.endpointUrl()));
        assertThat(fx.switches).containsExactly(expected);
        assertThat(fx.session.current()).get().extracting(c -> c.spec()).isEqualTo(expected);
        ConnectionStatus status = fx.shell.connectionProperty().get();
        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.summary()).isEqualTo("lambdadesk-local · us-east-1 · " + fx.endpointUrl());
        assertThat(status.detail()).contains(fx.endpointUrl(), "profile lambdadesk-local");
        assertThat(picker.finishedProperty().get()).isTrue();
        assertThat(fx.viewModel.chosenConnectionProperty().get()).isEqualTo(expected);
        assertThat(fx.session.current().orElseThrow().clients().lambda().listFunctions().functions())
                .isEmpty(); // the switched session really works
    }

    @Test
    void aProfilesOwnRegionIsPreselectedAndTheLocalEndpointTakesNoUrl() {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();

        select(picker, "dev-sso");
        assertThat(picker.regionProperty().get()).isEqualTo("us-west-2");
        assertThat(picker.endpointUrlAppliesProperty().get()).isTrue();

        picker.endpointUrlProperty().set("localhost:4566");
        assertThat(picker.endpointUrlProblemProperty().get()).contains("http:// or https://");
        assertThat(picker.canApplyProperty().get()).isFalse();

        picker.selectedChoiceProperty().set(picker.choices().get(0));
        assertThat(picker.endpointUrlAppliesProperty().get()).isFalse();
        assertThat(picker.endpointUrlProblemProperty().get()).isEmpty();
        assertThat(picker.canApplyProperty().get()).isTrue();
        assertThat(picker.regionProperty().get()).isEqualTo("us-east-1"); // the local endpoint's own
        assertThat(picker.regionEditableProperty().get()).isFalse();
    }

    @Test
    void goingBackToTheLocalEndpointRestoresItsOwnRegionAndEachProfileKeepsItsLast() {
        fx.viewModel.connect(new ConnectionSpec.Local("us-east-1"));
        ConnectionPickerViewModel toProfile = fx.viewModel.newPicker();
        select(toProfile, "lambdadesk-local");
        assertThat(toProfile.regionProperty().get()).isEqualTo("us-east-1"); // no region in the config
        toProfile.regionProperty().set("eu-central-1");
        toProfile.endpointUrlProperty().set(fx.endpointUrl());
        toProfile.apply();
        assertThat(fx.session.current().orElseThrow().spec().region()).isEqualTo("eu-central-1");

        ConnectionPickerViewModel back = fx.viewModel.newPicker();
        assertThat(back.regionProperty().get()).isEqualTo("eu-central-1"); // opens on the connection in use
        back.selectedChoiceProperty().set(back.choices().get(0));
        assertThat(back.regionProperty().get()).isEqualTo("us-east-1");
        back.apply();
        assertThat(fx.session.current().orElseThrow().spec()).isEqualTo(new ConnectionSpec.Local("us-east-1"));

        ConnectionPickerViewModel again = fx.viewModel.newPicker();
        select(again, "lambdadesk-local");
        assertThat(again.regionProperty().get()).isEqualTo("eu-central-1"); // its last, not its config's
        select(again, "dev-sso");
        assertThat(again.regionProperty().get()).isEqualTo("us-west-2"); // never used: the config's
    }

    @Test
    void aRegionTypedForAChoiceComesBackWhenThePersonReturnsToIt() {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "wrong-secret");
        picker.regionProperty().set("ap-south-1");
        select(picker, "dev-sso");
        assertThat(picker.regionProperty().get()).isEqualTo("us-west-2");
        picker.selectedChoiceProperty().set(picker.choices().get(0));
        assertThat(picker.regionProperty().get()).isEqualTo("us-east-1");

        select(picker, "wrong-secret");
        assertThat(picker.regionProperty().get()).isEqualTo("ap-south-1");
    }

    @Test
    void regionsRememberedFromEarlierRunsComeBackWithTheirProfiles() {
        fx.viewModel.restoreProfileRegions(java.util.Map.of("wrong-secret", "sa-east-1"));

        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "wrong-secret");

        assertThat(picker.regionProperty().get()).isEqualTo("sa-east-1");
    }

    @Test
    void theRegionListNarrowsAsARegionIsTypedAndANewRegionOfTheRightFormIsAccepted() {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "wrong-secret");
        int all = picker.regions().size();

        picker.regionProperty().set("eu-w");
        assertThat(picker.regions()).isNotEmpty().allMatch(r -> r.startsWith("eu-west-"));
        assertThat(picker.regionProblemProperty().get()).isEqualTo("'eu-w' is not a region name such as "
                + "us-east-1 or eu-west-1.");
        assertThat(picker.canApplyProperty().get()).isFalse();

        picker.regionProperty().set("eu-west-3");
        assertThat(picker.regions()).hasSize(all); // a known region shows them all again
        assertThat(picker.canApplyProperty().get()).isTrue();

        picker.regionProperty().set("mx-central-9"); // newer than this SDK's list
        assertThat(picker.regions()).isEmpty();
        assertThat(picker.regionProblemProperty().get()).isEmpty();
        assertThat(picker.canApplyProperty().get()).isTrue();

        picker.regionProperty().set("");
        assertThat(picker.regionProblemProperty().get()).isEqualTo("Enter a region, for example us-east-1.");
    }

    @Test
    void aWrongSecretIsRefusedInPlainWordsNamingTheProfileAndTheFix() {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "wrong-secret");
        assertThat(picker.regionProperty().get()).isEqualTo("eu-west-1");
        picker.endpointUrlProperty().set(fx.endpointUrl());

        picker.apply();

        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CREDENTIALS_REFUSED);
        assertThat(fx.shell.connectionProperty().get().detail()).isEqualTo("The endpoint refused the credentials "
                + "of profile 'wrong-secret': the signature does not match, so the secret access key is wrong (or "
                + "this computer's clock is off). Fix its keys (aws configure --profile wrong-secret) or pick "
                + "another connection.");
        assertThat(picker.finishedProperty().get()).isFalse();
        assertThat(picker.busyProperty().get()).isFalse();
        assertThat(picker.outcomeProperty().get()).startsWith("Switched to wrong-secret · eu-west-1")
                .contains("credentials refused");
        assertNoSdkInternals(picker.outcomeProperty().get());
        assertThat(fx.switches).hasSize(1);
    }

    @Test
    void aProfileWithoutCredentialsSaysNoneWereFoundNotThatTheyWereRefused() throws IOException {
        Files.writeString(fx.configFile, "\n[profile no-keys]\nregion = eu-west-1\n", StandardOpenOption.APPEND);
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "no-keys");
        picker.endpointUrlProperty().set(fx.endpointUrl());

        picker.apply();

        ConnectionStatus status = fx.shell.connectionProperty().get();
        assertThat(status.state()).isEqualTo(ConnectionState.NO_CREDENTIALS);
        assertThat(status.summary()).endsWith("— no credentials");
        assertThat(status.detail()).isEqualTo("Profile 'no-keys' has no credentials: it names no access keys, "
                + "role, credential process or IAM Identity Center sign-in. Add keys with aws configure --profile "
                + "no-keys, or pick another connection.");
        assertThat(picker.outcomeProperty().get()).doesNotContain("refused");
        assertNoSdkInternals(picker.outcomeProperty().get());
    }

    @Test
    void aProfileRemovedAfterThePickerListedItIsSaidToBeMissing() throws IOException {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "wrong-secret");
        Files.writeString(fx.configFile, "[profile other]\nregion = eu-west-1\n");
        Files.writeString(fx.credentialsFile, "[other]\naws_access_key_id = AKIDEXAMPLE\n");
        picker.endpointUrlProperty().set(fx.endpointUrl());

        picker.apply();

        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.NO_CREDENTIALS);
        assertThat(fx.shell.connectionProperty().get().detail()).isEqualTo("There is no profile named "
                + "'wrong-secret' in the AWS config or credentials file. Add it (aws configure --profile "
                + "wrong-secret) or pick another connection.");
        assertNoSdkInternals(picker.outcomeProperty().get());
    }

    @Test
    void anUnreachableUrlGivesUnreachable() throws IOException {
        String closed = "http://127.0.0.1:" + freePort();
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "lambdadesk-local");
        picker.endpointUrlProperty().set(closed);

        picker.apply();

        ConnectionStatus status = fx.shell.connectionProperty().get();
        assertThat(status.state()).isEqualTo(ConnectionState.UNREACHABLE);
        assertThat(status.detail()).contains("cannot be reached", closed);
        assertThat(fx.scheduler.pendingCount()).isEqualTo(1); // it will be checked again
    }

    @Test
    void anSsoProfileWithoutASignInSaysSoAndHowToSignIn() {
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "dev-sso");
        picker.endpointUrlProperty().set(fx.endpointUrl());

        picker.apply();

        ConnectionStatus status = fx.shell.connectionProperty().get();
        assertThat(status.state()).isEqualTo(ConnectionState.NO_CREDENTIALS);
        assertThat(status.detail()).isEqualTo("Profile 'dev-sso' uses IAM Identity Center and is not signed in. "
                + "Sign in from the connection picker (or run aws sso login --profile dev-sso), then connect again.");
        assertNoSdkInternals(picker.outcomeProperty().get());
    }

    @Test
    void anExpiredSsoSignInSaysWhenItExpired() throws IOException {
        SsoSession corp = new SsoSession(Optional.of("corp"), "https://lambdadesk-test.awsapps.com/start",
                "us-east-1", List.of("sso:account:access"));
        fx.tokens.write(corp, new SsoTokenCache.CachedToken(corp.startUrl(), corp.region(), "old-token",
                Instant.parse("2020-01-01T12:00:00Z"), "client", "secret", Instant.parse("2020-03-01T00:00:00Z"),
                Optional.empty()));
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "dev-sso");
        picker.endpointUrlProperty().set(fx.endpointUrl());

        picker.apply();

        ConnectionStatus status = fx.shell.connectionProperty().get();
        assertThat(status.state()).isEqualTo(ConnectionState.CREDENTIALS_EXPIRED);
        assertThat(status.detail()).startsWith("The IAM Identity Center sign-in of profile 'dev-sso' expired on "
                + "2020-01-01 ").endsWith(". Sign in from the connection picker (or run aws sso login --profile "
                + "dev-sso), then connect again.");
        assertNoSdkInternals(picker.outcomeProperty().get());
    }

    @Test
    void aProfileAddedToTheFilesWhileTheAppRunsIsListedAndConnects() throws IOException {
        Path config = dir.resolve("later/config");
        Path credentials = dir.resolve("later/credentials"); // neither file exists when the app starts
        ConnectionViewModel viewModel = new ConnectionViewModel(fx.session, fx.monitor,
                Connector.of(ProfileSource.files(config, credentials), region -> fx.connector.open(new ConnectionSpec.Local(region))),
                ProfileSource.files(config, credentials), new CurrentThreadUiExecutor(), fx.scheduler, fx.shell);
        assertThat(viewModel.newPicker().choices()).hasSize(1);

        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profile added]\nregion = eu-west-1\n");
        Files.writeString(credentials, "[added]\naws_access_key_id = " + fx.endpoint.credentials().accessKeyId()
                + "\naws_secret_access_key = " + fx.endpoint.credentials().secretAccessKey() + "\n");
        ConnectionPickerViewModel picker = viewModel.newPicker();
        select(picker, "added");
        picker.endpointUrlProperty().set(fx.endpointUrl());
        picker.apply();

        assertThat(picker.outcomeProperty().get()).isEmpty();
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(fx.session.current().orElseThrow().spec())
                .isEqualTo(new ConnectionSpec.Profile("added", "eu-west-1", Optional.of(fx.endpointUrl())));
    }

    @Test
    void aProfileAppendedToAFileAfterTheFirstConnectionAlsoConnects() throws IOException {
        ConnectionPickerViewModel first = fx.viewModel.newPicker();
        select(first, "lambdadesk-local");
        first.endpointUrlProperty().set(fx.endpointUrl());
        first.apply();

        Files.writeString(fx.credentialsFile, "\n[appended]\naws_access_key_id = "
                + fx.endpoint.credentials().accessKeyId() + "\naws_secret_access_key = "
                + fx.endpoint.credentials().secretAccessKey() + "\n", StandardOpenOption.APPEND);
        ConnectionPickerViewModel picker = fx.viewModel.newPicker();
        select(picker, "appended");
        picker.endpointUrlProperty().set(fx.endpointUrl());
        picker.apply();

        assertThat(picker.outcomeProperty().get()).isEmpty();
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aBrokenConfigFileIsNamedInThePickerAndTheOtherProfilesRemain() throws IOException {
        Files.writeString(fx.configFile, "[profile half\nregion = us-east-1\n");

        ConnectionPickerViewModel picker = fx.viewModel.newPicker();

        assertThat(picker.profilesMessageProperty().get()).contains(fx.configFile.toString(), "cannot be read");
        assertThat(picker.choices()).extracting(ConnectionChoice::label)
                .contains("lambdadesk-local · access keys").noneMatch(l -> l.startsWith("half"));
    }

    @Test
    void reportedFailuresChangeTheIndicatorAndARecheckRestoresIt() {
        fx.viewModel.connect(new ConnectionSpec.Local("us-east-1"));
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(fx.viewModel.chosenConnectionProperty().get()).isNull(); // start-up is not the person's pick

        fx.monitor.reportFailure(new AwsProblem(AwsProblem.Kind.UNREACHABLE, "", "The endpoint cannot be reached.",
                "", List.of()));
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.UNREACHABLE);

        fx.scheduler.advance(RecheckSchedule.FIRST);
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(fx.scheduler.pendingCount()).isZero();

        fx.monitor.reportFailure(new AwsProblem(AwsProblem.Kind.ACCESS_DENIED, "AccessDeniedException",
                "Access denied: lambda:ListFunctions.", "", List.of()));
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.ACCESS_DENIED);
        assertThat(fx.shell.connectionProperty().get().detail()).isEqualTo("Access denied: lambda:ListFunctions.");
        fx.monitor.reportSuccess();
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void throttlingLeavesTheIndicatorAlone() {
        fx.viewModel.connect(new ConnectionSpec.Local("us-east-1"));
        ConnectionStatus before = fx.shell.connectionProperty().get();

        fx.monitor.reportFailure(new AwsProblem(AwsProblem.Kind.THROTTLED, "", "slow down", "", List.of()));

        assertThat(fx.shell.connectionProperty().get()).isEqualTo(before);
        assertThat(fx.monitor.health()).get().matches(ConnectionMonitor.Health::isHealthy);
    }

    @Test
    void aConnectionThatCannotBeOpenedIsShownWithoutSwitching() throws IOException {
        ConnectionViewModel failing = new ConnectionViewModel(fx.session, fx.monitor, spec -> {
            throw new IOException("Address already in use");
        }, ProfileSource.files(fx.configFile, fx.credentialsFile), new CurrentThreadUiExecutor(),
                fx.scheduler, fx.shell);

        failing.connect(new ConnectionSpec.Local("us-east-1"));

        assertThat(fx.session.current()).isEmpty();
        assertThat(fx.shell.connectionProperty().get().state()).isEqualTo(ConnectionState.UNREACHABLE);
        assertThat(fx.shell.connectionProperty().get().detail()).contains("Address already in use");
    }

    @Test
    void aPickThatCannotBeOpenedLeavesTheConnectionInUseAndSaysWhy() {
        ConnectionViewModel viewModel = new ConnectionViewModel(fx.session, fx.monitor, spec -> {
            if (spec instanceof ConnectionSpec.Profile) {
                throw new IllegalStateException("The profile file changed while it was read");
            }
            return fx.connector.open(spec);
        }, ProfileSource.files(fx.configFile, fx.credentialsFile), new CurrentThreadUiExecutor(), fx.scheduler,
                fx.shell);
        viewModel.connect(new ConnectionSpec.Local("us-east-1"));
        ConnectionStatus connected = fx.shell.connectionProperty().get();

        ConnectionPickerViewModel picker = viewModel.newPicker();
        select(picker, "lambdadesk-local");
        picker.apply();

        assertThat(fx.session.current()).get().extracting(c -> c.spec())
                .isEqualTo(new ConnectionSpec.Local("us-east-1"));
        assertThat(fx.shell.connectionProperty().get()).isEqualTo(connected);
        assertThat(picker.outcomeProperty().get())
                .isEqualTo("The connection could not be opened: The profile file changed while it was read. "
                        + "Details are in the log.");
        assertThat(picker.outcomeToneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(viewModel.chosenConnectionProperty().get()).isNull();
    }

    @Test
    void thePickerOpensOnTheConnectionInUse() {
        ConnectionSpec inUse = new ConnectionSpec.Profile("lambdadesk-local", "eu-central-1",
                Optional.of(fx.endpointUrl()));
        fx.viewModel.connect(inUse);

        ConnectionPickerViewModel picker = fx.viewModel.newPicker();

        assertThat(picker.selectedChoiceProperty().get().label()).isEqualTo("lambdadesk-local · access keys");
        assertThat(picker.regionProperty().get()).isEqualTo("eu-central-1");
        assertThat(picker.endpointUrlProperty().get()).isEqualTo(fx.endpointUrl());
    }

    /** What a person must never read: the SDK's class names and its internal renderings. */
    static void assertNoSdkInternals(String text) {
        assertThat(text).doesNotContain("ProfileFile", "sections=", "Exception", "software.amazon", "Service:",
                "Status Code", "Request ID", "SdkClient");
    }

    private static void select(ConnectionPickerViewModel picker, String profile) {
        picker.selectedChoiceProperty().set(picker.choices().stream()
                .filter(c -> c instanceof ConnectionChoice.Profile p && p.profile().name().equals(profile))
                .findFirst().orElseThrow());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

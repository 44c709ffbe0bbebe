package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.AwsProfiles;
import dev.lambdadesk.core.ConnectionSpec;

/** The connection options of the desktop command: parsing, wrong combinations, and what wins over what. */
class ConnectionOptionsTest {

    private static final AwsProfiles.Discovery PROFILES = new AwsProfiles.Discovery(List.of(
            new AwsProfiles.AwsProfile("dev", AwsProfiles.Kind.SSO, Optional.of("eu-west-1")),
            new AwsProfiles.AwsProfile("ci", AwsProfiles.Kind.STATIC_KEYS, Optional.empty())), Optional.empty());
    private static final ConnectionSpec REMEMBERED =
            new ConnectionSpec.Profile("ci", "ap-southeast-2", Optional.of("http://localhost:4566"));

    @TempDir
    Path temp;

    @Test
    void theCommandLineWinsOverTheRememberedConnection() {
        assertThat(resolve(REMEMBERED, "--profile", "dev").spec())
                .isEqualTo(new ConnectionSpec.Profile("dev", "eu-west-1", Optional.empty()));
        assertThat(resolve(REMEMBERED, "--profile", "dev", "--region", "us-west-2",
                "--endpoint-url", "http://127.0.0.1:4599").spec())
                .isEqualTo(new ConnectionSpec.Profile("dev", "us-west-2", Optional.of("http://127.0.0.1:4599")));
        assertThat(resolve(REMEMBERED, "--profile", "ci").spec())
                .isEqualTo(new ConnectionSpec.Profile("ci", "us-east-1", Optional.empty()));
        assertThat(resolve(REMEMBERED, "--local").spec()).isEqualTo(new ConnectionSpec.Local("us-east-1"));
        assertThat(resolve(new ConnectionSpec.Local("eu-north-1"), "--local").spec())
                .isEqualTo(new ConnectionSpec.Local("eu-north-1"));
    }

    @Test
    void withoutConnectionOptionsTheRememberedConnectionIsUsedAndRegionAloneChangesItsRegion() {
        assertThat(resolve(REMEMBERED).spec()).isEqualTo(REMEMBERED);
        assertThat(resolve(REMEMBERED, "--region", "eu-central-1").spec()).isEqualTo(
                new ConnectionSpec.Profile("ci", "eu-central-1", Optional.of("http://localhost:4566")));
        assertThat(resolve(new ConnectionSpec.Local("us-east-1")).spec())
                .isEqualTo(new ConnectionSpec.Local("us-east-1"));
        assertThat(resolve(REMEMBERED).notice()).isEmpty();
    }

    @Test
    void anUnknownProfileFallsBackToTheLocalEndpointWithANotice() {
        ConnectionOptions.Start start = resolve(REMEMBERED, "--profile", "prod", "--region", "eu-west-3");

        assertThat(start.spec()).isEqualTo(new ConnectionSpec.Local("us-east-1")); // its own, not the profile's
        assertThat(start.notice()).get().asString().isEqualTo("There is no profile named 'prod' (given with "
                + "--profile) in the AWS config or credentials file. LambdaDesk connected to the local endpoint "
                + "instead.");
    }

    @Test
    void aRememberedProfileThatWasRemovedFallsBackWithTheFilesProblem() {
        AwsProfiles.Discovery broken = new AwsProfiles.Discovery(List.of(),
                Optional.of("/home/x/.aws/config cannot be read (bad line 3); its profiles are not listed."));

        ConnectionOptions.Start start = options().resolve(REMEMBERED, broken);

        assertThat(start.spec()).isEqualTo(new ConnectionSpec.Local("us-east-1"));
        assertThat(start.notice()).get().asString().contains("'ci' (of the last connection)",
                "/home/x/.aws/config cannot be read", "connected to the local endpoint instead");
    }

    @Test
    void wrongCombinationsAreOneLineErrors() {
        assertThat(problem("--local", "--profile", "dev")).isEqualTo("Use either --local or --profile, not both.");
        assertThat(problem("--local", "--endpoint-url", "http://localhost:4566"))
                .isEqualTo("--endpoint-url goes with --profile; the local endpoint has its own address.");
        assertThat(problem("--endpoint-url", "http://localhost:4566"))
                .startsWith("--endpoint-url needs --profile NAME");
        assertThat(problem("--profile", "dev", "--endpoint-url", "localhost:4566"))
                .isEqualTo("--endpoint-url 'localhost:4566': The endpoint URL must start with http:// or https://, "
                        + "for example http://localhost:4566.");
        assertThat(problem("--region", "Frankfurt"))
                .isEqualTo("--region 'Frankfurt' is not a region name such as us-east-1 or eu-west-1.");
        assertThat(problem("--profile", " ")).isEqualTo("--profile needs the name of a profile.");
        assertThat(options("--profile", "dev", "--region", "us-gov-west-1").problem()).isEmpty();
    }

    @Test
    void theDesktopCommandRefusesAWrongCombinationWithExitCode2BeforeTouchingTheDataDirectory() {
        Path dataDir = temp.resolve("never-created");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exitCode;
        try {
            exitCode = Main.run("--data-dir", dataDir.toString(), "--local", "--profile", "dev");
        } finally {
            System.setErr(originalErr);
        }

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("Use either --local or --profile, not both." + System.lineSeparator());
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void theOptionsAreInTheHelp() {
        String help = Main.newCommandLine().getUsageMessage();
        assertThat(help).contains("--profile=NAME", "--region=REGION", "--endpoint-url=URL", "--local");
    }

    private static ConnectionOptions.Start resolve(ConnectionSpec remembered, String... args) {
        return options(args).resolve(remembered, PROFILES);
    }

    private static String problem(String... args) {
        return options(args).problem().orElseThrow();
    }

    private static ConnectionOptions options(String... args) {
        var parsed = Main.newCommandLine().parseArgs(args);
        GuiCommand command = (GuiCommand) parsed.commandSpec().userObject();
        return command.connection;
    }
}

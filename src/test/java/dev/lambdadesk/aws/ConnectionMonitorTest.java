package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.testing.LocalSession;

class ConnectionMonitorTest {

    private static final ConnectionSpec DEV = new ConnectionSpec.Profile("dev", "eu-west-1", Optional.empty());

    @TempDir
    Path dir;

    private final Session session = new Session();
    private final ConnectionMonitor monitor = new ConnectionMonitor(session);
    private final List<ConnectionMonitor.Health> told = new ArrayList<>();

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void connectionFailuresChangeTheHealthAndALaterSuccessRestoresIt() {
        connectTo(DEV);
        monitor.onChange(told::add);

        monitor.reportFailure(problem(AwsProblem.Kind.UNREACHABLE));
        monitor.reportFailure(problem(AwsProblem.Kind.UNREACHABLE)); // the same news is told once
        monitor.reportFailure(problem(AwsProblem.Kind.EXPIRED_CREDENTIALS));
        monitor.reportSuccess();
        monitor.reportSuccess();

        assertThat(told).extracting(h -> h.problem().map(AwsProblem::kind).orElse(null))
                .containsExactly(AwsProblem.Kind.UNREACHABLE, AwsProblem.Kind.EXPIRED_CREDENTIALS, null);
        assertThat(told).allMatch(h -> h.spec().equals(DEV));
        assertThat(monitor.health()).get().matches(ConnectionMonitor.Health::isHealthy);
    }

    @Test
    void aRequestsOwnMistakesAndThrottlingLeaveTheConnectionAlone() {
        connectTo(DEV);
        monitor.onChange(told::add);

        for (AwsProblem.Kind kind : List.of(AwsProblem.Kind.THROTTLED, AwsProblem.Kind.INVALID_REQUEST,
                AwsProblem.Kind.NOT_FOUND, AwsProblem.Kind.CONFLICT, AwsProblem.Kind.CODE_SIGNING,
                AwsProblem.Kind.SERVICE_ERROR, AwsProblem.Kind.OTHER)) {
            monitor.reportFailure(problem(kind));
        }

        assertThat(told).isEmpty();
        assertThat(monitor.health()).isEmpty();
    }

    @Test
    void accessDeniedAndRefusedCredentialsConcernTheConnection() {
        assertThat(ConnectionMonitor.concernsConnection(AwsProblem.Kind.ACCESS_DENIED)).isTrue();
        assertThat(ConnectionMonitor.concernsConnection(AwsProblem.Kind.BAD_CREDENTIALS)).isTrue();
        assertThat(ConnectionMonitor.concernsConnection(AwsProblem.Kind.THROTTLED)).isFalse();
    }

    @Test
    void anExceptionIsExplainedWithTheProfileInUse() {
        connectTo(DEV);
        monitor.onChange(told::add);

        AwsProblem p = monitor.reportFailure(software.amazon.awssdk.services.lambda.model.LambdaException.builder()
                .statusCode(403).awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
                        .errorCode("ExpiredTokenException").errorMessage("The security token included in the "
                                + "request is expired").build()).build());

        assertThat(p.kind()).isEqualTo(AwsProblem.Kind.EXPIRED_CREDENTIALS);
        assertThat(p.summary()).contains("aws sso login --profile dev");
        assertThat(told).hasSize(1);
    }

    @Test
    void withoutAConnectionThereIsNothingToReportOn() {
        monitor.onChange(told::add);
        monitor.reportFailure(problem(AwsProblem.Kind.UNREACHABLE));
        assertThat(told).isEmpty();
    }

    @Test
    void aCheckCountsAnyProblemAndARecheckAsksTheEndpoint() throws Exception {
        try (LocalSession local = LocalSession.start(dir, 0)) {
            ConnectionMonitor localMonitor = new ConnectionMonitor(local.session());
            localMonitor.onChange(told::add);

            localMonitor.recordCheck(new ConnectionCheck.Result(Optional.of(problem(AwsProblem.Kind.NOT_FOUND))));
            ConnectionCheck.Result result = localMonitor.recheck();

            assertThat(result.isConnected()).isTrue();
            assertThat(told).extracting(ConnectionMonitor.Health::isHealthy).containsExactly(false, true);
        }
    }

    private void connectTo(ConnectionSpec spec) {
        session.switchTo(new Session.Connection(spec, AwsClients.of(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAEXAMPLE", "secret")), spec.region(),
                Optional.of(URI.create("http://127.0.0.1:9")))));
    }

    private static AwsProblem problem(AwsProblem.Kind kind) {
        return new AwsProblem(kind, "", kind + " summary", "", List.of());
    }
}

package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;

class EarlyConnectionTest {

    private static final ConnectionSpec LOCAL = new ConnectionSpec.Local("us-east-1");
    private static final ConnectionSpec PROFILE = new ConnectionSpec.Profile("dev", "eu-west-1", Optional.empty());

    private final List<ConnectionSpec> opened = new CopyOnWriteArrayList<>();

    /** Clients to a port nothing listens on: the early check fails fast, which must not matter. */
    private Connector recording() {
        return spec -> {
            opened.add(spec);
            return new Session.Connection(spec, AwsClients.local(URI.create("http://127.0.0.1:9"), "AKIDEXAMPLE",
                    "secret", spec.region()));
        };
    }

    @Test
    void theFirstOpenOfTheStartConnectionTakesOverWhatWasOpenedEarly() throws Exception {
        EarlyConnection early = EarlyConnection.start(recording(), LOCAL);

        Session.Connection first = early.open(LOCAL);
        Session.Connection second = early.open(LOCAL);

        assertThat(first.spec()).isEqualTo(LOCAL);
        assertThat(second).isNotSameAs(first);
        assertThat(opened).containsExactly(LOCAL, LOCAL);
        first.clients().close();
        second.clients().close();
    }

    @Test
    void anotherConnectionIsOpenedAsUsual() throws Exception {
        EarlyConnection early = EarlyConnection.start(recording(), LOCAL);

        Session.Connection other = early.open(PROFILE);

        assertThat(other.spec()).isEqualTo(PROFILE);
        assertThat(opened).contains(PROFILE);
        other.clients().close();
        early.closeIfUnused();
    }

    @Test
    void whyTheEarlyOpeningFailedReachesWhoeverTakesItOver() {
        EarlyConnection early = EarlyConnection.start(spec -> {
            throw new IOException("Port 4599 is taken");
        }, LOCAL);

        assertThatThrownBy(() -> early.open(LOCAL)).isInstanceOf(IOException.class).hasMessage("Port 4599 is taken");
    }

    @Test
    void anEarlyConnectionNobodyTookIsClosedAndALaterOpenMakesANewOne() throws Exception {
        List<Session.Connection> made = new CopyOnWriteArrayList<>();
        Connector connector = recording();
        EarlyConnection early = EarlyConnection.start(spec -> {
            Session.Connection c = connector.open(spec);
            made.add(c);
            return c;
        }, LOCAL);

        early.closeIfUnused();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean closed = false;
        while (!closed && System.nanoTime() < deadline) {
            closed = !made.isEmpty() && isClosed(made.getFirst().clients());
            Thread.sleep(20);
        }
        assertThat(closed).as("the unused early connection's clients are closed").isTrue();
        Session.Connection later = early.open(LOCAL);
        assertThat(later).isNotSameAs(made.getFirst());
        later.clients().close();
    }

    private static boolean isClosed(AwsClients clients) {
        try {
            clients.lambda().getAccountSettings(b -> { });
            return false;
        } catch (IllegalStateException e) { // the SDK's answer for a client used after close
            return true;
        } catch (RuntimeException e) { // still open: nothing listens on the port
            return false;
        }
    }
}

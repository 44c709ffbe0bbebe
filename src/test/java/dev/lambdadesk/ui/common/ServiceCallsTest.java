package dev.lambdadesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.testing.HeldUiExecutor;
import dev.lambdadesk.testing.LocalSession;

/** The one call pipeline: latest wins per key, answers for a connection switched away from are dropped. */
class ServiceCallsTest {

    @TempDir
    Path temp;

    @Test
    void aNewerCallUnderTheSameKeyWinsWhateverOrderTheAnswersArriveIn() throws Exception {
        try (LocalSession local = LocalSession.start(temp, 0)) {
            HeldUiExecutor ui = new HeldUiExecutor();
            ServiceCalls calls = new ServiceCalls(ui, local.session(), new ConnectionMonitor(local.session()));
            List<String> shown = new ArrayList<>();

            calls.latest("list", () -> "old", shown::add, r -> shown.add("refused"));
            calls.latest("list", () -> "new", shown::add, r -> shown.add("refused"));
            ui.deliverNewestFirst();

            assertThat(shown).containsExactly("new");
        }
    }

    @Test
    void anAnswerForAConnectionSwitchedAwayFromNeverArrives() throws Exception {
        try (LocalSession first = LocalSession.start(temp.resolve("a"), 0);
             LocalSession second = LocalSession.start(temp.resolve("b"), 0)) {
            Session session = first.session();
            HeldUiExecutor ui = new HeldUiExecutor();
            ConnectionMonitor monitor = new ConnectionMonitor(session);
            ServiceCalls calls = new ServiceCalls(ui, session, monitor);
            List<String> shown = new ArrayList<>();
            calls.run(() -> "from the first connection", shown::add, r -> shown.add("refused"));

            session.switchTo(second.session().current().orElseThrow());
            calls.run(() -> "from the second connection", shown::add, r -> shown.add("refused"));
            ui.deliverAll();

            assertThat(shown).containsExactly("from the second connection");
        }
    }

    @Test
    void aFailureBecomesARefusalAndIsToldToTheConnectionMonitor() throws Exception {
        try (LocalSession local = LocalSession.start(temp, 0)) {
            HeldUiExecutor ui = new HeldUiExecutor();
            ConnectionMonitor monitor = new ConnectionMonitor(local.session());
            ServiceCalls calls = new ServiceCalls(ui, local.session(), monitor);
            List<Refusal> refused = new ArrayList<>();

            calls.run(() -> local.session().lambda().details("no-such-function"), d -> { }, refused::add);
            ui.deliverAll();

            assertThat(refused).singleElement().satisfies(r -> {
                assertThat(r.errorCode()).isEqualTo("ResourceNotFoundException");
                assertThat(r.summary()).doesNotContain("Service: Lambda").doesNotContain("Request ID");
                assertThat(r.serviceDetail()).startsWith("ResourceNotFoundException: ");
            });
        }
    }
}

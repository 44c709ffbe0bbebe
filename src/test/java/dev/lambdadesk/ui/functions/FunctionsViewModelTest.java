package dev.lambdadesk.ui.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.testing.LocalSession;

class FunctionsViewModelTest {

    @TempDir
    Path temp;

    @Test
    void newFunctionOpensTheFormAndACreatedFunctionLeadsBackToTheExplorer() throws IOException {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            FunctionsViewModel functions = new FunctionsViewModel(
                    new FunctionsFixture(local.session(), temp, false).context);
            assertThat(functions.pageProperty().get()).isEqualTo(FunctionsViewModel.Page.EXPLORER);
            assertThat(functions.explorer().listing().allFunctions()).isEmpty();

            functions.newFunction();
            assertThat(functions.pageProperty().get()).isEqualTo(FunctionsViewModel.Page.CREATE);
            Path zip = temp.resolve("f.zip");
            Files.write(zip, Base64.getDecoder().decode(TestZips.indexJsBase64()));
            functions.create().basics().functionNameProperty().set("from-the-section");
            functions.create().permissions().roleProperty().set(
                    "arn:aws:iam::000000000000:role/lambda-basic-execution");
            functions.create().code().chooseZip(zip);
            functions.create().create();

            assertThat(functions.pageProperty().get()).isEqualTo(FunctionsViewModel.Page.EXPLORER);
            assertThat(functions.explorer().listing().allFunctions()).extracting(f -> f.name())
                    .containsExactly("from-the-section");
            assertThat(functions.explorer().noticeProperty().get())
                    .isEqualTo("Created from-the-section; its state is in the panel below.");

            functions.explorer().selectedProperty().set(functions.explorer().listing().allFunctions().getFirst());
            functions.explorer().createSimilar();
            assertThat(functions.pageProperty().get()).isEqualTo(FunctionsViewModel.Page.CREATE);
            assertThat(functions.create().basics().functionNameProperty().get()).isEqualTo("from-the-section-copy");
        }
    }

    @Test
    void theExplorerReloadsWhenTheConnectionChanges() throws IOException {
        try (LocalSession first = LocalSession.start(temp.resolve("one"), 0);
                LocalSession second = LocalSession.start(temp.resolve("two"), 0)) {
            var request = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("FunctionName", "only-in-two").put("Runtime", "nodejs22.x").put("Handler", "index.handler")
                    .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
            request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
            second.session().lambda().createFunction(request);
            Session session = new Session();
            session.switchTo(first.session().current().orElseThrow());
            FunctionsViewModel functions = new FunctionsViewModel(new FunctionsFixture(session, temp, false).context);
            assertThat(functions.explorer().listing().allFunctions()).isEmpty();

            session.switchTo(second.session().current().orElseThrow());

            assertThat(functions.explorer().listing().allFunctions()).extracting(f -> f.name()).containsExactly("only-in-two");
        }
    }

    @Test
    void aFormNeverOpenedListsNothingWhenTheConnectionChangesAndListsWhenItOpens() throws IOException {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            Session session = new Session();
            FunctionsViewModel functions = new FunctionsViewModel(new FunctionsFixture(session, temp, false).context);

            session.switchTo(local.session().current().orElseThrow()); // as at start-up: the list, and nothing more

            assertThat(functions.create().permissions().roles()).as("no IAM client built for a closed form").isEmpty();
            functions.newFunction();
            assertThat(functions.create().permissions().roles()).extracting(r -> r.name())
                    .contains("lambda-basic-execution");
        }
    }
}

package dev.lambdadesk.ui.functions.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.ui.functions.TestZips;
import dev.lambdadesk.ui.common.DetailRow;

/** The explorer against the in-process local endpoint: paged listing, filtering, details and actions. */
class FunctionExplorerViewModelTest {

    private static final int FUNCTIONS = 120; // three ListFunctions pages of 50
    private static LocalSession local;

    @TempDir
    static Path temp;

    private FunctionsFixture fixture;
    private FunctionExplorerViewModel explorer;

    @BeforeAll
    static void functionsInTheAccount() throws IOException {
        local = LocalSession.start(temp.resolve("endpoint"), 0);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < FUNCTIONS; i++) {
            ObjectNode request = json.createObjectNode();
            request.put("FunctionName", String.format("fn-%03d", i));
            request.put("Runtime", i % 3 == 0 ? "python3.13" : "nodejs22.x");
            request.put("Handler", "index.handler");
            request.put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
            request.put("MemorySize", 128 + i);
            request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
            if (i == 7) {
                request.putObject("Tags").put("team", "payments");
            }
            local.session().lambda().createFunction(request);
        }
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @BeforeEach
    void explorer() {
        fixture = new FunctionsFixture(local.session(), temp.resolve("data"), false);
        explorer = new FunctionExplorerViewModel(fixture.context);
    }

    @Test
    void listsEveryFunctionAcrossPages() {
        explorer.refresh();

        assertThat(explorer.listing().allFunctions()).hasSize(FUNCTIONS);
        assertThat(explorer.listing().functions()).extracting(FunctionSummary::name).contains("fn-000", "fn-119");
        assertThat(explorer.listing().loadingProperty().get()).isFalse();
        assertThat(explorer.listing().statusProperty().get()).isEqualTo("120 functions");
        assertThat(explorer.listing().functions().stream().filter(f -> f.name().equals("fn-003")).findFirst().orElseThrow())
                .satisfies(f -> {
                    assertThat(f.runtime()).isEqualTo("python3.13");
                    assertThat(f.memorySize()).isEqualTo(131);
                    assertThat(f.packageType()).isEqualTo("Zip");
                    assertThat(f.signed()).isFalse();
                });
    }

    @Test
    void filtersByNameOrRuntimeAsYouType() {
        explorer.refresh();

        explorer.listing().filterProperty().set("PYTHON");
        assertThat(explorer.listing().functions()).hasSize(40).allMatch(f -> f.runtime().equals("python3.13"));
        assertThat(explorer.listing().statusProperty().get()).isEqualTo("40 of 120 functions match");

        explorer.listing().filterProperty().set("fn-11");
        assertThat(explorer.listing().functions()).extracting(FunctionSummary::name)
                .containsExactlyInAnyOrder("fn-110", "fn-111", "fn-112", "fn-113", "fn-114", "fn-115", "fn-116",
                        "fn-117", "fn-118", "fn-119");

        explorer.listing().filterProperty().set("nothing-like-this");
        assertThat(explorer.listing().functions()).isEmpty();
        assertThat(explorer.listing().placeholderTitleProperty().get()).isEqualTo("No match");

        explorer.listing().filterProperty().set("");
        assertThat(explorer.listing().functions()).hasSize(FUNCTIONS);
    }

    @Test
    void theSelectedFunctionsDetailsShowConfigurationCodeAndTags() {
        explorer.refresh();
        FunctionSummary seven = explorer.listing().allFunctions().stream().filter(f -> f.name().equals("fn-007"))
                .findFirst().orElseThrow();

        explorer.selectedProperty().set(seven);

        FunctionDetailsViewModel details = explorer.details();
        assertThat(details.detailsProperty().get().name()).isEqualTo("fn-007");
        assertThat(details.rows()).extracting(DetailRow::label).contains("ARN", "State", "Runtime", "Memory",
                "Code SHA-256", "Code size", "Code signing config", "Tags");
        assertThat(details.rows()).contains(DetailRow.of("", "Tags", "team = payments"),
                DetailRow.of("", "Memory", "135 MB"), DetailRow.of("", "Code signing config", "None"));
        assertThat(details.configurationJsonProperty().get()).contains("\"FunctionName\" : \"fn-007\"");
        assertThat(seven.state()).isEmpty(); // the listing lacks State, as on AWS
        assertThat(explorer.listing().stateOf(seven)).isEqualTo("Active"); // GetFunction filled it in
        assertThat(explorer.listing().stateOf(explorer.listing().allFunctions().getFirst())).isEqualTo("—");
        assertThat(explorer.selectedArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:fn-007");
    }

    @Test
    void createSimilarHandsOverTheLoadedDetails() {
        explorer.refresh();
        List<FunctionDetails> handed = new ArrayList<>();
        explorer.onCreateSimilar(handed::add);
        explorer.selectedProperty().set(explorer.listing().allFunctions().getFirst());

        explorer.createSimilar();

        assertThat(handed).singleElement().satisfies(d -> assertThat(d.name()).isEqualTo("fn-000"));
    }

    @Test
    void openInStatePanelWatchesTheSelectedFunction() {
        explorer.refresh();
        explorer.selectedProperty().set(explorer.listing().allFunctions().get(5));

        explorer.openSelectedInStatePanel();

        assertThat(fixture.statePanel.rows()).singleElement()
                .satisfies(r -> assertThat(r.functionName()).isEqualTo("fn-005"));
    }

    @Test
    void aFunctionTheStatePanelWatchesShowsItsStateInTheTable() {
        explorer.refresh();
        FunctionSummary ten = explorer.listing().allFunctions().stream().filter(f -> f.name().equals("fn-010")).findFirst()
                .orElseThrow();
        assertThat(explorer.listing().stateOf(ten)).isEqualTo("—");

        fixture.statePanel.watch("fn-010");
        fixture.scheduler.advance(java.time.Duration.ofMillis(500)); // the panel's first poll

        assertThat(explorer.listing().stateOf(ten)).isEqualTo("Active"); // learnt from the panel, no extra call
        explorer.refresh();
        assertThat(explorer.listing().stateOf(ten)).isEqualTo("Active"); // and kept across a reload
    }

    @Test
    void deletingRemovesTheFunctionFromTheAccountAndTheList() throws IOException {
        ObjectNode request = new ObjectMapper().createObjectNode().put("FunctionName", "doomed")
                .put("Runtime", "nodejs22.x").put("Handler", "index.handler")
                .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
        request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
        local.session().lambda().createFunction(request);
        explorer.refresh();
        FunctionSummary doomed = explorer.listing().allFunctions().stream().filter(f -> f.name().equals("doomed")).findFirst()
                .orElseThrow();
        explorer.selectedProperty().set(doomed);
        assertThat(explorer.deleteQuestion()).startsWith("Delete the function doomed");

        explorer.deleteSelected();

        assertThat(explorer.listing().allFunctions()).doesNotContain(doomed).hasSize(FUNCTIONS);
        assertThat(explorer.noticeProperty().get()).isEqualTo("Deleted doomed.");
        assertThat(local.session().lambda().exists("doomed")).isFalse();
    }

    @Test
    void withoutAConnectionItSaysWhatWillAppear() {
        FunctionExplorerViewModel offline = new FunctionExplorerViewModel(
                new FunctionsFixture(new dev.lambdadesk.aws.Session(), temp.resolve("offline"), false).context);

        offline.refresh();

        assertThat(offline.listing().functions()).isEmpty();
        assertThat(offline.listing().placeholderMessageProperty().get()).contains("every function in the account")
                .contains("as soon as the connection is ready");
    }
}

package dev.lambdadesk.ui.functions.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.ui.common.KeyValueRow;

/** The form's draft: saved after a quiet moment, offered back, secrets left out unless the settings allow them. */
class CreateFunctionDraftTest {

    @TempDir
    Path temp;

    private FunctionsFixture fixture(boolean keepSecrets) {
        return new FunctionsFixture(new Session(), temp, keepSecrets);
    }

    private static void fill(CreateFunctionViewModel form, Path zip) {
        TestForms.fillValid(form, "orders", zip);
        form.basics().runtimeProperty().set("python3.13");
        form.basics().handlerProperty().set("app.main");
        form.settings().memoryProperty().set("2048");
        KeyValueRow stage = form.environment().addVariable();
        stage.nameProperty().set("STAGE");
        stage.valueProperty().set("prod");
        KeyValueRow password = form.environment().addVariable();
        password.nameProperty().set("DB_PASSWORD");
        password.valueProperty().set("hunter2");
        password.secretProperty().set(true);
        form.tags().addTag().nameProperty().set("team");
    }

    @Test
    void theDraftTheFormAlreadyShowsIsNotOfferedAgain() throws Exception {
        Path zip = TestForms.zip(temp);
        FunctionsFixture fixture = fixture(false);
        CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
        fill(form, zip);
        fixture.scheduler.advance(Duration.ofSeconds(2));
        assertThat(fixture.drafts.load(CreateFunctionViewModel.DRAFT_ID).value()).isPresent();

        form.opened(); // back to the form that holds exactly what was saved

        assertThat(form.drafts().offeredProperty().get()).isNull();
        assertThat(form.drafts().offerTextProperty().get()).isEmpty();
    }

    @Test
    void aDraftComesBackWithoutItsSecretValues() throws Exception {
        Path zip = TestForms.zip(temp);
        FunctionsFixture first = fixture(false);
        fill(new CreateFunctionViewModel(first.context), zip);

        first.scheduler.advance(Duration.ofMillis(500));
        assertThat(first.drafts.load(CreateFunctionViewModel.DRAFT_ID).value()).isEmpty(); // still typing
        first.scheduler.advance(Duration.ofSeconds(1));
        DraftStore.Draft saved = first.drafts.load(CreateFunctionViewModel.DRAFT_ID).value().orElseThrow();
        assertThat(saved.content().toString()).doesNotContain("hunter2").contains("DB_PASSWORD")
                .doesNotContain("ZipFile");

        FunctionsFixture second = fixture(false);
        CreateFunctionViewModel reopened = new CreateFunctionViewModel(second.context);
        reopened.opened();
        assertThat(reopened.drafts().offerTextProperty().get()).startsWith("A draft of orders from ")
                .endsWith("is saved. Restore it?");
        reopened.drafts().restore();

        assertThat(reopened.basics().functionNameProperty().get()).isEqualTo("orders");
        assertThat(reopened.basics().runtimeProperty().get()).isEqualTo("python3.13");
        assertThat(reopened.basics().handlerProperty().get()).isEqualTo("app.main");
        assertThat(reopened.settings().memoryProperty().get()).isEqualTo("2048");
        assertThat(reopened.code().zipProperty().get().path()).isEqualTo(zip);
        assertThat(reopened.environment().variables()).extracting(r -> r.nameProperty().get())
                .containsExactly("STAGE", "DB_PASSWORD");
        KeyValueRow secret = reopened.environment().variables().get(1);
        assertThat(secret.secretProperty().get()).isTrue();
        assertThat(secret.valueProperty().get()).isEmpty();
        assertThat(reopened.environment().variables().get(0).valueProperty().get()).isEqualTo("prod");
        assertThat(reopened.drafts().offeredProperty().get()).isNull();
    }

    @Test
    void withTheSettingOnSecretValuesAreKept() throws Exception {
        FunctionsFixture first = fixture(true);
        fill(new CreateFunctionViewModel(first.context), TestForms.zip(temp));
        first.scheduler.advance(Duration.ofSeconds(2));

        CreateFunctionViewModel reopened = new CreateFunctionViewModel(fixture(true).context);
        reopened.opened();
        reopened.drafts().restore();

        assertThat(reopened.environment().variables().get(1).valueProperty().get()).isEqualTo("hunter2");
    }

    @Test
    void discardingTheOfferDeletesTheDraft() throws Exception {
        FunctionsFixture first = fixture(false);
        fill(new CreateFunctionViewModel(first.context), TestForms.zip(temp));
        first.scheduler.advance(Duration.ofSeconds(2));

        CreateFunctionViewModel reopened = new CreateFunctionViewModel(fixture(false).context);
        reopened.opened();
        reopened.drafts().discard();

        assertThat(reopened.drafts().offerTextProperty().get()).isEmpty();
        assertThat(first.drafts.load(CreateFunctionViewModel.DRAFT_ID).value()).isEmpty();
        assertThat(reopened.basics().functionNameProperty().get()).isEmpty();
    }

    @Test
    void aFormBackAtItsDefaultsIsNotSavedOverTheDraft() throws Exception {
        FunctionsFixture first = fixture(false);
        fill(new CreateFunctionViewModel(first.context), TestForms.zip(temp));
        first.scheduler.advance(Duration.ofSeconds(2));

        FunctionsFixture second = fixture(false);
        CreateFunctionViewModel form = new CreateFunctionViewModel(second.context);
        form.opened();
        form.basics().functionNameProperty().set("x");
        form.basics().functionNameProperty().set("");
        second.scheduler.advance(Duration.ofSeconds(5));

        assertThat(second.drafts.load(CreateFunctionViewModel.DRAFT_ID).value().orElseThrow().content()
                .path("request").path("FunctionName").asText()).isEqualTo("orders");
    }

    @Test
    void withoutAnEarlierDraftAnEmptiedFormLeavesNone() throws Exception {
        FunctionsFixture fixture = fixture(false);
        CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
        form.opened();
        form.basics().functionNameProperty().set("x");
        form.basics().functionNameProperty().set("");
        fixture.scheduler.advance(Duration.ofSeconds(5));

        assertThat(fixture.drafts.load(CreateFunctionViewModel.DRAFT_ID).value()).isEmpty();
    }

    @Test
    void openingTheFormDoesNotOverwriteTheSavedDraft() throws Exception {
        FunctionsFixture first = fixture(false);
        fill(new CreateFunctionViewModel(first.context), TestForms.zip(temp));
        first.scheduler.advance(Duration.ofSeconds(2));

        FunctionsFixture second = fixture(false);
        new CreateFunctionViewModel(second.context).opened();
        second.scheduler.advance(Duration.ofSeconds(5));

        assertThat(second.drafts.load(CreateFunctionViewModel.DRAFT_ID).value().orElseThrow().content()
                .path("request").path("FunctionName").asText()).isEqualTo("orders");
    }
}

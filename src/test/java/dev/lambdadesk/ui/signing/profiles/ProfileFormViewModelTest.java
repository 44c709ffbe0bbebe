package dev.lambdadesk.ui.signing.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.FieldFeedback;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.common.ExportFormat;

/** The New signing profile form: live rules, create against the local endpoint, drafts and export. */
class ProfileFormViewModelTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private ProfileFormViewModel form;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        form = new ProfileFormViewModel(fx.context);
        form.opened();
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void aNewFormPreselectsAwsLambdaAnd135MonthsAndWantsAName() {
        assertThat(form.platformProperty().get().platformId()).isEqualTo(SigningPlatformInfo.LAMBDA);
        assertThat(form.platforms()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(form.request().path("signatureValidityPeriod").path("value").asInt()).isEqualTo(135);
        assertThat(form.request().path("signatureValidityPeriod").path("type").asText()).isEqualTo("MONTHS");
        assertThat(feedback("profile-name").isError()).isTrue();
        assertThat(form.createDisabledProperty().get()).isTrue();
    }

    @Test
    void theNameRuleIsCheckedAsThePersonTypes() {
        form.nameProperty().set("release-profile");
        assertThat(feedback("profile-name").isError()).isTrue();
        assertThat(feedback("profile-name").message()).containsIgnoringCase("profile name");

        form.nameProperty().set("x");
        assertThat(feedback("profile-name").isError()).isTrue();

        form.nameProperty().set("Release_Profile");
        assertThat(feedback("profile-name").isEmpty()).isTrue();
        assertThat(form.createDisabledProperty().get()).isFalse();
    }

    @Test
    void validityIsAtMost135MonthsInAnyUnit() {
        form.nameProperty().set("Release");
        form.validityValueProperty().set("136");
        assertThat(feedback("profile-validity").isError()).isTrue();
        assertThat(feedback("profile-validity").message()).contains("135 months");

        form.validityUnitProperty().set("YEARS");
        form.validityValueProperty().set("11");
        assertThat(feedback("profile-validity").isEmpty()).isTrue();
        form.validityValueProperty().set("12");
        assertThat(feedback("profile-validity").isError()).isTrue();

        form.validityUnitProperty().set("DAYS");
        form.validityValueProperty().set("30");
        assertThat(feedback("profile-validity").isEmpty()).isTrue();
        form.validityValueProperty().set("thirty");
        assertThat(feedback("profile-validity").isError()).isTrue();
        assertThat(form.createDisabledProperty().get()).isTrue();
    }

    @Test
    void createMakesTheProfileAndStartsOver() {
        List<SigningProfileInfo> created = new ArrayList<>();
        form.onCreated(created::add);
        form.nameProperty().set("Release_1");
        form.validityValueProperty().set("2");
        form.validityUnitProperty().set("YEARS");
        form.tags().add().nameProperty().set("team");
        form.tags().rows().get(0).valueProperty().set("security");

        form.create();

        assertThat(created).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Release_1");
            assertThat(p.validity()).isEqualTo(new SigningProfileInfo.ValidityPeriod(2, "YEARS"));
            assertThat(p.tags()).containsEntry("team", "security");
        });
        assertThat(local.session().signer().profile("Release_1").isActive()).isTrue();
        assertThat(form.nameProperty().get()).isEmpty();
        assertThat(form.validityValueProperty().get()).isEqualTo("135");
        assertThat(form.noticeProperty().get()).contains("Release_1");

        fx.scheduler.advance(Duration.ofSeconds(2));
        ProfileFormViewModel reopened = new ProfileFormViewModel(fx.context);
        reopened.opened();
        assertThat(reopened.draft().offeredBinding().get()).as("no draft after a create").isFalse();
    }

    @Test
    void aRefusalIsShownInPlainWordsAndTheFormKeepsWhatWasTyped() {
        local.session().signer().putProfile(form.request().put("profileName", "Retired"));
        local.session().signer().cancelProfile("Retired");
        form.nameProperty().set("Retired");

        form.create();

        assertThat(form.problemProperty().get()).contains("cannot be used again");
        assertThat(form.problemDetailProperty().get()).startsWith("ValidationException");
        assertThat(form.nameProperty().get()).isEqualTo("Retired");
        assertThat(form.creatingProperty().get()).isFalse();
    }

    @Test
    void theDraftIsSavedAfterAQuietMomentAndOfferedOnReopen() {
        form.nameProperty().set("Half_done");
        form.validityValueProperty().set("12");
        fx.scheduler.advance(Duration.ofSeconds(1));

        ProfileFormViewModel reopened = new ProfileFormViewModel(fx.context);
        reopened.opened();
        assertThat(reopened.draft().offerTextProperty().get()).contains("Half_done");
        reopened.draft().restore();

        assertThat(reopened.nameProperty().get()).isEqualTo("Half_done");
        assertThat(reopened.validityValueProperty().get()).isEqualTo("12");
        assertThat(reopened.draft().offeredBinding().get()).isFalse();
        assertThat(reopened.platformProperty().get().platformId()).isEqualTo(SigningPlatformInfo.LAMBDA);
    }

    @Test
    void exportsAsCliJsonAndAsASigningProfileTemplate() {
        form.nameProperty().set("Release");
        List<String> texts = new ArrayList<>();
        form.export().exportText(ExportFormat.CLI_JSON, texts::add);
        form.export().exportText(ExportFormat.SAM, texts::add);

        assertThat(texts.get(0)).contains("\"profileName\" : \"Release\"").contains("AWSLambda-SHA384-ECDSA");
        assertThat(texts.get(1)).contains("AWS::Signer::SigningProfile").contains("ProfileName: Release");
    }

    private FieldFeedback feedback(String fieldId) {
        return form.validation().feedback(fieldId).get();
    }
}

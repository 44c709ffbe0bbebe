package dev.lambdadesk.ui.signing.configs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.SignerGateway;
import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.FieldFeedback;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.common.ExportFormat;

/** The configuration editor: the publisher checklist and its 1–20 rule, policy, save, drafts, export. */
class ConfigFormViewModelTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private ConfigFormViewModel form;
    private SigningProfileInfo release;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        SignerGateway signer = local.session().signer();
        release = signer.putProfile(profile("Release", SigningPlatformInfo.LAMBDA));
        signer.putProfile(profile("Retired", SigningPlatformInfo.LAMBDA));
        signer.cancelProfile("Retired");
        SigningProfileInfo leaked = signer.putProfile(profile("Leaked", SigningPlatformInfo.LAMBDA));
        signer.revokeProfile(JsonNodeFactory.instance.objectNode().put("profileName", "Leaked")
                .put("profileVersion", leaked.version()).put("reason", "Leaked")
                .put("effectiveTime", Instant.now().minusSeconds(5).toString()));
        signer.putProfile(profile("Images", "Notation-OCI-SHA384-ECDSA"));
        form = new ConfigFormViewModel(fx.context);
        form.startNew();
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void theChecklistShowsEveryLambdaProfileWithRevokedAndCanceledOnesFlagged() {
        assertThat(form.publishers().choices()).extracting(PublisherChoice::title)
                .containsExactlyInAnyOrder("Release · version " + release.version(),
                        choice("Retired").title(), choice("Leaked").title());
        assertThat(choice("Release").isFlagged()).isFalse();
        assertThat(choice("Retired").isFlagged()).isTrue();
        assertThat(choice("Retired").note()).startsWith("Canceled");
        assertThat(choice("Leaked").isFlagged()).isTrue();
        assertThat(choice("Leaked").note()).startsWith("Revoked");
    }

    @Test
    void atLeastOnePublisherMustBeTickedAndTheCounterFollows() {
        assertThat(feedback("csc-publishers").isError()).isTrue();
        assertThat(form.saveDisabledProperty().get()).isTrue();
        assertThat(form.publishers().counterBinding().get()).isEqualTo("0 of at most 20 chosen");

        choice("Release").selectedProperty().set(true);

        assertThat(feedback("csc-publishers").isEmpty()).isTrue();
        assertThat(form.saveDisabledProperty().get()).isFalse();
        assertThat(form.publishers().counterBinding().get()).isEqualTo("1 of at most 20 chosen");
        assertThat(form.request().path("AllowedPublishers").path("SigningProfileVersionArns").get(0).asText())
                .isEqualTo(release.versionArn());
    }

    @Test
    void moreThanTwentyPublishersAreRefusedLive() {
        for (int i = 0; i < 21; i++) {
            form.publishers().arnToAddProperty().set(String.format(
                    "arn:aws:signer:us-east-1:210987654321:/signing-profiles/Other_%02d/abcdefghij", i));
            form.publishers().addByArn();
        }
        assertThat(form.publishers().selectedCountBinding().get()).isEqualTo(21);
        assertThat(feedback("csc-publishers").isError()).isTrue();

        form.publishers().choices().get(form.publishers().choices().size() - 1).selectedProperty().set(false);
        assertThat(feedback("csc-publishers").isEmpty()).isTrue();
    }

    @Test
    void anArnAddedByHandThatIsNoProfileVersionIsFlaggedOnItsRow() {
        form.publishers().arnToAddProperty().set("arn:aws:iam::123456789012:role/not-a-profile");
        form.publishers().addByArn();

        PublisherChoice added = form.publishers().choices().get(form.publishers().choices().size() - 1);
        assertThat(added.isSelected()).isTrue();
        assertThat(added.problemProperty().get()).contains("signing profile version ARN");
    }

    @Test
    void theDescriptionIsAtMost256Characters() {
        form.descriptionProperty().set("d".repeat(257));
        assertThat(feedback("csc-description").isError()).isTrue();
        form.descriptionProperty().set("d".repeat(256));
        assertThat(feedback("csc-description").isEmpty()).isTrue();
    }

    @Test
    void eachPolicyIsExplainedInOneSentence() {
        assertThat(ConfigFormViewModel.explain("Warn")).startsWith("Warn: Lambda deploys");
        assertThat(ConfigFormViewModel.explain("Enforce")).startsWith("Enforce: Lambda refuses");
        form.policyProperty().set(ConfigFormViewModel.ENFORCE);
        assertThat(form.policyExplanation().get()).startsWith("Enforce");
    }

    @Test
    void savingCreatesAndEditingUpdatesTheConfiguration() {
        List<CodeSigningConfigInfo> saved = new ArrayList<>();
        form.onSaved(saved::add);
        form.descriptionProperty().set("Release builds only");
        form.policyProperty().set(ConfigFormViewModel.ENFORCE);
        choice("Release").selectedProperty().set(true);

        form.save();

        CodeSigningConfigInfo created = saved.get(0);
        assertThat(created.policy()).isEqualTo("Enforce");
        assertThat(created.allowedPublishers()).containsExactly(release.versionArn());

        form.edit(created);
        assertThat(choice("Release").isSelected()).isTrue();
        form.policyProperty().set(ConfigFormViewModel.WARN);
        choice("Retired").selectedProperty().set(true);
        form.save();

        CodeSigningConfigInfo updated = local.session().codeSigningConfigs().get(created.arn());
        assertThat(updated.policy()).isEqualTo("Warn");
        assertThat(updated.allowedPublishers()).hasSize(2);
    }

    @Test
    void theDraftKeepsTheTicksAndIsOfferedOnReopen() {
        form.descriptionProperty().set("Half done");
        choice("Release").selectedProperty().set(true);
        fx.scheduler.advance(Duration.ofSeconds(1));

        ConfigFormViewModel reopened = new ConfigFormViewModel(fx.context);
        reopened.startNew();
        assertThat(reopened.draft().offerTextProperty().get()).contains("Half done");
        reopened.draft().restore();

        assertThat(reopened.descriptionProperty().get()).isEqualTo("Half done");
        assertThat(reopened.publishers().selectedArns()).containsExactly(release.versionArn());
    }

    @Test
    void exportsAsCliJsonAndAsACodeSigningConfigTemplate() {
        choice("Release").selectedProperty().set(true);
        form.policyProperty().set(ConfigFormViewModel.ENFORCE);
        ObjectNode request = form.request();

        assertThat(form.export().text(request, ExportFormat.CLI_JSON)).contains("\"UntrustedArtifactOnDeployment\" : "
                + "\"Enforce\"").contains(release.versionArn());
        assertThat(form.export().text(request, ExportFormat.SAM)).contains("AWS::Lambda::CodeSigningConfig")
                .contains(release.versionArn());
    }

    private PublisherChoice choice(String profileName) {
        return form.publishers().choices().stream()
                .filter(c -> c.profile().map(p -> p.name().equals(profileName)).orElse(false)).findFirst()
                .orElseThrow();
    }

    private FieldFeedback feedback(String fieldId) {
        return form.validation().feedback(fieldId).get();
    }

    private static ObjectNode profile(String name, String platform) {
        return JsonNodeFactory.instance.objectNode().put("profileName", name).put("platformId", platform);
    }
}

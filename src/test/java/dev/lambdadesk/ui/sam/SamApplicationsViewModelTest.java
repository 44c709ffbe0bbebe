package dev.lambdadesk.ui.sam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.sam.SamTemplates;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.signing.SigningFixture;

/**
 * The SAM applications section's ViewModel against the in-process local endpoint through the real SDK: the seed's
 * template with a layer opens as a tree with its findings, follows the file on disk, remembers what was chosen, is
 * told before anything is uploaded what Enforce will refuse, packages next to the template, deploys signed under
 * Enforce (unchanged the second time), is refused naming the resource when unsigned, and deletes the stack.
 */
class SamApplicationsViewModelTest {

    private static final String BUCKET = "sam-packages";

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private SamApplicationsViewModel model;
    private Path template;
    private String profileVersionArn;

    @BeforeEach
    void start() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 100);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        profileVersionArn = local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "MySigningProfile").put("platformId", SigningPlatformInfo.LAMBDA)).versionArn();
        local.session().s3().createBucket(BUCKET);
        template = SamTemplates.copy("signed-app", dir.resolve("hello-app")).resolve("template.yaml");
        model = new SamApplicationsViewModel(fx.context);
    }

    @AfterEach
    void stop() {
        local.close();
    }

    private ResourceNode node(String id) {
        return find(model.tree(), id);
    }

    private static ResourceNode find(List<ResourceNode> nodes, String id) {
        for (ResourceNode n : nodes) {
            if (n.id().equals(id)) {
                return n;
            }
            ResourceNode inside = find(n.children(), id);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private SigningChoice choice(String id) {
        return model.signing().choices().stream().filter(c -> c.logicalId().equals(id)).findFirst().orElseThrow();
    }

    /** The profile signs both, the config trusts it, the bucket keeps versions. */
    private void readyToSign() {
        model.parameters().getFirst().valueProperty().set(profileVersionArn);
        choice("HelloWorld").profileProperty().set("MySigningProfile");
        choice("MyLayer").profileProperty().set("MySigningProfile");
        model.run().bucketProperty().set(BUCKET);
        model.run().enableVersioning();
    }

    @Test
    void theTemplateOpensAsATreeOfItsResourcesAndAsksForAProfileForEachUnderACodeSigningConfig() {
        model.open(template);

        assertThat(model.tree()).extracting(ResourceNode::title)
                .containsExactly("Functions", "Layers", "Code signing configs");
        assertThat(node("HelloWorld").detail()).isEqualTo("AWS::Serverless::Function");
        assertThat(node("HelloWorld").tone()).isEqualTo(Tone.SUCCESS);
        assertThat(model.stackNameProperty().get()).isEqualTo("hello-app");
        assertThat(model.parameters()).extracting(ParameterValue::name).containsExactly("SigningProfileVersionArn");
        assertThat(model.signing().choices()).extracting(SigningChoice::logicalId)
                .containsExactly("HelloWorld", "MyLayer");
        assertThat(model.signing().choices()).allMatch(SigningChoice::asked);
        assertThat(choice("MyLayer").describe()).isEqualTo("A layer deployed under MySignedFunctionCodeSigningConfig (Enforce)");
        assertThat(model.signing().plan()).singleElement().satisfies(line -> {
            assertThat(line.tone()).isEqualTo(Tone.DANGER);
            assertThat(line.text()).isEqualTo("HelloWorld and MyLayer are not signed and "
                    + "MySignedFunctionCodeSigningConfig enforces signatures: Lambda will refuse HelloWorld. Choose "
                    + "a signing profile for HelloWorld and MyLayer.");
        });
    }

    @Test
    void aBrokenTemplateShowsEachFindingUnderItsResourceAndCannotBeDeployed() throws IOException {
        Path broken = SamTemplates.copy("broken-app", dir.resolve("broken")).resolve("template.yaml");
        model.open(broken);

        assertThat(node("HelloWorld").tone()).isEqualTo(Tone.DANGER);
        assertThat(node("HelloWorld").children()).extracting(ResourceNode::title)
                .contains("MemorySize", "Layers", "CodeUri");
        assertThat(node("ImageFunction").children()).isNotEmpty();
        assertThat(model.deployBlocker().get()).isEqualTo("Fix the template's errors first.");
        assertThat(model.packageBlocker().get()).isEqualTo("Fix the template's errors first.");
    }

    @Test
    void whatLambdaDeskDoesNotDeployIsListedApart() throws IOException {
        Path unsupported = SamTemplates.copy("unsupported-app", dir.resolve("queue-app")).resolve("template.yaml");
        model.open(unsupported);

        assertThat(node("group-not-deployed").children()).extracting(ResourceNode::title)
                .contains("Queue", "Handler.Events", "Handler.AutoPublishAlias", "Handler.Metadata");
        assertThat(node("Handler").tone()).isEqualTo(Tone.SUCCESS);
        assertThat(model.deployBlocker().get()).isEmpty();
    }

    @Test
    void aFileThatIsNotATemplateSaysWhyAndShowsNothing() throws IOException {
        Path notYaml = SamTemplates.copy("broken-app", dir.resolve("nope")).resolve("not-yaml.yaml");
        model.open(notYaml);

        assertThat(model.loadProblemProperty().get()).contains("not-yaml.yaml");
        assertThat(model.tree()).isEmpty();
        assertThat(model.deployBlocker().get()).isEqualTo("Open a template first.");
    }

    @Test
    void aProfileTheConfigDoesNotTrustIsSaidBeforeAnythingIsUploadedAndATrustedOneToo() {
        model.open(template);
        choice("HelloWorld").profileProperty().set("MySigningProfile");
        choice("MyLayer").profileProperty().set("MySigningProfile");

        assertThat(model.signing().plan()).singleElement().satisfies(line -> {
            assertThat(line.tone()).isEqualTo(Tone.DANGER);
            assertThat(line.text()).startsWith("MySignedFunctionCodeSigningConfig does not trust MySigningProfile "
                    + "(it trusts arn:aws:signer:us-east-1:123456789012:/signing-profiles/MySigningProfile/SAMPLEverx)"
                    + ": Lambda will refuse HelloWorld.");
        });

        model.parameters().getFirst().valueProperty().set(profileVersionArn);

        assertThat(model.signing().plan()).singleElement().satisfies(line -> {
            assertThat(line.tone()).isEqualTo(Tone.SUCCESS);
            assertThat(line.text()).isEqualTo("HelloWorld is signed with a profile MySignedFunctionCodeSigningConfig "
                    + "trusts (Enforce).");
        });
    }

    @Test
    void aChangeOnDiskIsReadAgainAndItsFindingsShowOnTheResource() throws IOException {
        model.open(template);
        assertThat(node("HelloWorld").children()).isEmpty();

        Files.writeString(template, Files.readString(template).replace("Runtime: python3.12\n      CodeSigning",
                "Runtime: python3.12\n      MemorySize: 64\n      CodeSigning"));
        fx.scheduler.advance(SamApplicationsViewModel.WATCH_EVERY);

        assertThat(node("HelloWorld").tone()).isEqualTo(Tone.DANGER);
        assertThat(node("HelloWorld").children()).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("MemorySize");
            assertThat(f.detail()).contains("128").contains("10240");
        });
        assertThat(model.deployBlocker().get()).isEqualTo("Fix the template's errors first.");

        Files.writeString(template, "Resources: [unclosed");
        fx.scheduler.advance(SamApplicationsViewModel.WATCH_EVERY);

        assertThat(model.loadProblemProperty().get()).contains("template.yaml")
                .endsWith("showing what it held when last read.");
        assertThat(node("HelloWorld")).isNotNull();
    }

    @Test
    void whatWasChosenForATemplateComesBackWhenItIsOpenedAgain() {
        model.open(template);
        model.stackNameProperty().set("orders");
        choice("HelloWorld").profileProperty().set("MySigningProfile");
        model.run().bucketProperty().set(BUCKET);
        model.parameters().getFirst().valueProperty().set(profileVersionArn);

        SamApplicationsViewModel again = new SamApplicationsViewModel(fx.context);
        assertThat(again.recent()).containsExactly(template.toAbsolutePath().normalize());
        again.reopenLast();

        assertThat(again.stackNameProperty().get()).isEqualTo("orders");
        assertThat(again.run().bucketProperty().get()).isEqualTo(BUCKET);
        assertThat(again.parameters().getFirst().valueProperty().get()).isEqualTo(profileVersionArn);
        assertThat(again.signing().choices()).extracting(c -> c.profileProperty().get())
                .containsExactly("MySigningProfile", "");
    }

    @Test
    void aTemplateDeletedSinceIsNotReopenedButStaysInRecent() throws IOException {
        model.open(template);
        Files.delete(template);

        SamApplicationsViewModel again = new SamApplicationsViewModel(fx.context);
        again.reopenLast();

        assertThat(again.fileProperty().get()).isNull();
        assertThat(again.recent()).containsExactly(template.toAbsolutePath().normalize());
    }

    @Test
    void aTypedProfileThatIsNotAProfileNameBlocksPackageAndDeploy() {
        model.open(template);
        model.run().bucketProperty().set(BUCKET);
        choice("HelloWorld").profileProperty().set("My Profile");

        assertThat(model.deployBlocker().get()).isEqualTo("HelloWorld: \"My Profile\" is not a signing profile: a "
                + "name is 2–64 letters, digits and underscores, optionally followed by :AccountId.");
        assertThat(model.packageBlocker().get()).isEqualTo(model.deployBlocker().get());

        choice("HelloWorld").profileProperty().set("MySigningProfile:123456789012");
        assertThat(model.deployBlocker().get()).doesNotContain("is not a signing profile");
    }

    @Test
    void signingNeedsAVersionedBucketAndPackagingWritesThePackagedTemplateNextToTheOriginal() throws IOException {
        model.open(template);
        choice("HelloWorld").profileProperty().set("MySigningProfile");
        choice("MyLayer").profileProperty().set("MySigningProfile");
        model.run().bucketProperty().set(BUCKET);

        assertThat(model.run().versionedProperty().get()).isFalse();
        assertThat(model.packageBlocker().get()).isEqualTo("Signing needs versioning on the bucket.");

        model.run().enableVersioning();
        assertThat(model.packageBlocker().get()).isEmpty();
        model.run().packageApp();

        Path packaged = dir.resolve("hello-app/template.packaged.yaml");
        assertThat(model.run().refusalProperty().get()).isNull();
        assertThat(model.run().noticeProperty().get())
                .isEqualTo("Packaged 2 package(s), 2 signed; wrote template.packaged.yaml next to the template.");
        assertThat(Files.readString(packaged)).containsPattern("CodeUri: s3://" + BUCKET + "/[0-9a-f]{32}/signed_")
                .containsPattern("ContentUri: s3://" + BUCKET + "/[0-9a-f]{32}/signed_");
        assertThat(model.run().progress()).filteredOn(r -> r.logicalId().equals("HelloWorld")).singleElement()
                .satisfies(r -> assertThat(r.statusProperty().get()).startsWith("packaged as s3://" + BUCKET));
    }

    @Test
    void aSignedDeployUnderEnforceCreatesEverythingWatchesTheFunctionAndTheSecondChangesNothing() {
        model.open(template);
        readyToSign();
        assertThat(model.deployBlocker().get()).isEmpty();

        model.run().deploy();

        assertThat(model.run().refusalProperty().get()).isNull();
        assertThat(model.run().noticeProperty().get()).isEqualTo("Stack hello-app deployed: 4 created.");
        assertThat(model.run().progress()).extracting(ProgressRow::logicalId, r -> r.statusProperty().get())
                .contains(org.assertj.core.groups.Tuple.tuple("HelloWorld", "created"),
                        org.assertj.core.groups.Tuple.tuple("MyLayer", "created"),
                        org.assertj.core.groups.Tuple.tuple("MySignedFunctionCodeSigningConfig", "created"));
        String function = model.run().progress().stream().filter(r -> r.logicalId().equals("HelloWorld"))
                .findFirst().orElseThrow().arnProperty().get();
        assertThat(function).contains(":function:hello-app-HelloWorld");
        assertThat(fx.statePanel.rows()).extracting(r -> r.functionName()).contains("hello-app-HelloWorld");
        assertThat(local.session().lambda().details("hello-app-HelloWorld").codeSigningConfigArn()).isPresent();

        model.run().deploy();

        assertThat(model.run().noticeProperty().get()).isEqualTo("Stack hello-app deployed: 4 unchanged.");
    }

    @Test
    void unsignedCodeUnderEnforceIsRefusedNamingTheResourceAndDeleteRemovesTheStack() {
        model.open(template);
        model.parameters().getFirst().valueProperty().set(profileVersionArn);

        model.run().deploy();

        assertThat(model.run().refusalProperty().get()).isNotNull().satisfies(r -> {
            assertThat(r.title()).isEqualTo("HelloWorld was refused");
            assertThat(r.explanation()).contains("HelloWorld").contains("CodeVerificationFailedException");
        });
        assertThat(model.run().progress()).filteredOn(r -> r.logicalId().equals("HelloWorld")).singleElement()
                .satisfies(r -> {
                    assertThat(r.statusProperty().get()).isEqualTo("refused");
                    assertThat(r.toneProperty().get()).isEqualTo(Tone.DANGER);
                });
        assertThat(local.session().lambda().exists("hello-app-HelloWorld")).isFalse();

        model.run().deleteStack();

        assertThat(model.run().noticeProperty().get()).startsWith("Stack hello-app deleted:");
        assertThat(local.session().codeSigningConfigs().list()).isEmpty();
    }
}

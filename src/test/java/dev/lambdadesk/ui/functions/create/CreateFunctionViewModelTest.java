package dev.lambdadesk.ui.functions.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.ui.common.ExportFormat;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.ui.functions.StubLambdaEndpoint;
import dev.lambdadesk.ui.statepanel.WatchRow;
import dev.lambdadesk.validation.RequestValidator;
import dev.lambdadesk.ui.common.KeyValueRow;

class CreateFunctionViewModelTest {

    @TempDir
    Path temp;

    private CreateFunctionViewModel offlineForm() {
        return new CreateFunctionViewModel(new FunctionsFixture(new Session(), temp, false).context);
    }

    @Test
    void aNewFormAsksForNameRoleAndCodeAndCannotBeCreated() {
        CreateFunctionViewModel form = offlineForm();

        assertThat(form.createDisabledProperty().get()).isTrue();
        assertThat(form.validation().problems()).extracting(p -> p.fieldId())
                .containsExactly("function-name", "zip-file");
        assertThat(form.permissions().createsRoleProperty().get()).as("a new role, as the console offers").isTrue();
        assertThat(form.request().get("Runtime").asText()).isEqualTo("nodejs24.x");
        assertThat(form.request().get("Handler").asText()).isEqualTo("index.handler");
        assertThat(form.request().get("MemorySize").intValue()).isEqualTo(128);
    }

    @Test
    void createIsEnabledExactlyWhileNoErrorStands() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        form.basics().functionNameProperty().set("orders");
        form.permissions().roleProperty().set(TestForms.ROLE);
        assertThat(form.createDisabledProperty().get()).isTrue();

        form.code().chooseZip(TestForms.zip(temp));
        assertThat(form.code().zip().statusProperty().get()).startsWith("function.zip · ").endsWith("bytes");
        assertThat(form.createDisabledProperty().get()).isFalse();

        form.basics().functionNameProperty().set("");
        assertThat(form.createDisabledProperty().get()).isTrue();
    }

    @Test
    void theHandlerFollowsTheRuntimeUntilThePersonTypesOne() {
        CreateFunctionViewModel form = offlineForm();
        form.basics().runtimeProperty().set("python3.13");
        assertThat(form.basics().handlerProperty().get()).isEqualTo("lambda_function.lambda_handler");
        form.basics().runtimeProperty().set("java21");
        assertThat(form.basics().handlerProperty().get()).isEqualTo("example.Handler::handleRequest");

        form.basics().handlerProperty().set("app.main");
        form.basics().runtimeProperty().set("ruby3.4");
        assertThat(form.basics().handlerProperty().get()).isEqualTo("app.main");
    }

    @Test
    void switchingToImageDisablesAndLeavesOutWhatImagesDoNotTake() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        TestForms.fillValid(form, "orders", TestForms.zip(temp));
        form.layers().addLayer().arnProperty().set("arn:aws:lambda:us-east-1:123456789012:layer:deps:2");
        form.codeSigning().configArnProperty().set(
                "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0123456789abcdef0");
        assertThat(form.request().has("Layers")).isTrue();

        form.basics().packageTypeProperty().set(BasicsSection.IMAGE);

        ObjectNode request = form.request();
        assertThat(request.has("Runtime")).isFalse();
        assertThat(request.has("Handler")).isFalse();
        assertThat(request.has("Layers")).isFalse();
        assertThat(request.has("CodeSigningConfigArn")).isFalse();
        assertThat(request.get("Code").has("ZipFile")).isFalse();
        assertThat(form.code().sourceProperty().get()).isEqualTo(CodeSource.IMAGE);
        assertThat(form.code().sourcesFor(true)).containsExactly(CodeSource.IMAGE);
        assertThat(form.basics().imageProperty().get()).isTrue();
        assertThat(form.layers().appliesProperty().get()).isFalse();
        assertThat(form.codeSigning().appliesProperty().get()).isFalse();
        assertThat(form.codeSigning().explanationProperty().get()).contains("not available for container images");

        form.code().imageUriProperty().set("123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1");
        form.code().commandProperty().set("app.handler");
        assertThat(form.createDisabledProperty().get()).isFalse();
        assertThat(form.request().get("ImageConfig").get("Command").get(0).asText()).isEqualTo("app.handler");

        form.basics().packageTypeProperty().set(BasicsSection.ZIP);
        request = form.request();
        assertThat(form.code().sourceProperty().get()).isEqualTo(CodeSource.ZIP_FILE);
        assertThat(request.get("Runtime").asText()).isEqualTo("nodejs24.x");
        assertThat(request.get("Layers")).hasSize(1);
        assertThat(request.get("Code").has("ImageUri")).isFalse();
        assertThat(request.has("ImageConfig")).isFalse();
        assertThat(form.createDisabledProperty().get()).isFalse();
    }

    @Test
    void theMemorySliderAndTheExactFieldStayInStep() {
        CreateFunctionViewModel form = offlineForm();
        form.settings().memorySliderProperty().set(1769.4);
        assertThat(form.settings().memoryProperty().get()).isEqualTo("1769");

        form.settings().memoryProperty().set("4096");
        assertThat(form.settings().memorySliderProperty().get()).isEqualTo(4096.0);

        form.settings().memoryProperty().set("64");
        assertThat(form.settings().memorySliderProperty().get()).isEqualTo(128.0);
        assertThat(form.settings().memoryProperty().get()).isEqualTo("64"); // the field keeps what was typed
    }

    @Test
    void theEnvironmentMeterMeasuresLikeTheRuleAndTurnsRedAboveFourKilobytes() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        EnvironmentSection environment = form.environment();
        assertThat(environment.sizeBytesProperty().get()).isZero();

        KeyValueRow stage = environment.addVariable();
        stage.nameProperty().set("STAGE");
        stage.valueProperty().set("prod \"eu\"");
        String compact = new ObjectMapper().writeValueAsString(Map.of("STAGE", "prod \"eu\""));
        assertThat(environment.sizeBytesProperty().get()).isEqualTo(compact.getBytes(StandardCharsets.UTF_8).length);
        assertThat(environment.sizeTextProperty().get()).isEqualTo(compact.length() + " / 4,096 bytes");
        assertThat(environment.sizeToneProperty().get()).isEqualTo(Tone.NEUTRAL);

        KeyValueRow big = environment.addVariable();
        big.nameProperty().set("BLOB");
        big.valueProperty().set("é".repeat(2100)); // two UTF-8 bytes each
        int measured = environment.sizeBytesProperty().get();
        assertThat(measured).isEqualTo(RequestValidator.environmentBytes(form.request().get("Environment")
                .get("Variables"))).isGreaterThan(4096);
        assertThat(environment.sizeFractionProperty().get()).isEqualTo(1.0);
        assertThat(environment.sizeToneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(form.validation().feedback("environment").get().message())
                .contains("Environment variables take " + measured + " bytes");

        big.valueProperty().set("é".repeat(1700));
        assertThat(environment.sizeToneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(form.validation().feedback("environment").get().isEmpty()).isTrue();
    }

    @Test
    void aServiceRefusalNamingAMemberMarksThatFieldAndKeepsEverythingTyped() throws Exception {
        try (StubLambdaEndpoint service = new StubLambdaEndpoint(400, "ValidationException",
                "1 validation error detected: Value '10240' at 'memorySize' failed to satisfy constraint: Member "
                        + "must have value less than or equal to 3008")) {
            FunctionsFixture fixture = new FunctionsFixture(service.session(), temp, false);
            CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
            TestForms.fillValid(form, "orders", TestForms.zip(temp));
            form.settings().memoryProperty().set("10240");
            ObjectNode before = form.request();

            form.create();

            assertThat(form.creatingProperty().get()).isFalse();
            assertThat(form.refusalProperty().get().summary()).contains("at 'memorySize'");
            assertThat(form.refusalProperty().get().serviceDetail()).startsWith("ValidationException: ");
            assertThat(form.validation().feedback("memory-size").get().isError()).isTrue();
            assertThat(form.validation().problems()).singleElement()
                    .satisfies(p -> assertThat(p.fromService()).isTrue());
            assertThat(form.request()).isEqualTo(before);
            assertThat(fixture.statePanel.rows()).as("recorded as refused, not watched").singleElement()
                    .satisfies(row -> {
                        assertThat(row.badgeProperty().get()).isEqualTo("Refused");
                        assertThat(row.reasonProperty().get()).endsWith(form.refusalProperty().get().summary());
                    });
            assertThat(form.createDisabledProperty().get()).isFalse(); // a retry is allowed

            form.settings().memoryProperty().set("3008");
            assertThat(form.validation().feedback("memory-size").get().isEmpty()).isTrue();
        }
    }

    @Test
    void byDefaultANewRoleWithBasicLambdaPermissionsIsCreatedWithTheFunction() throws Exception {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            FunctionsFixture fixture = new FunctionsFixture(local.session(), temp, false);
            CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
            form.basics().functionNameProperty().set("billing");
            form.code().chooseZip(TestForms.zip(temp));
            String roleName = form.permissions().newRoleNameProperty().get();
            assertThat(roleName).startsWith("billing-role-");
            assertThat(form.createDisabledProperty().get()).isFalse();

            form.create();

            assertThat(form.refusalProperty().get()).isNull();
            String role = local.session().lambda().details("billing").configuration().path("Role").asText();
            assertThat(role).endsWith("role/service-role/" + roleName);
            assertThat(fixture.context.stores().roles().items()).extracting(r -> r.name()).contains(roleName);
            assertThat(local.session().iam().listRoles()).extracting(r -> r.arn()).contains(role);
        }
    }

    @Test
    void aRefusalThatNamesNoFieldIsShownOnceInTheRefusalNotAgainInTheProblemsList() throws Exception {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            com.fasterxml.jackson.databind.node.ObjectNode config = new com.fasterxml.jackson.databind.ObjectMapper()
                    .createObjectNode();
            config.putObject("AllowedPublishers").putArray("SigningProfileVersionArns")
                    .add("arn:aws:signer:us-east-1:000000000000:/signing-profiles/Release/AbCdEfGhIj");
            config.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Enforce");
            String enforce = local.session().codeSigningConfigs().create(config).arn();
            FunctionsFixture fixture = new FunctionsFixture(local.session(), temp, false);
            CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
            TestForms.fillValid(form, "unsigned", TestForms.zip(temp));
            form.codeSigning().configArnProperty().set(enforce);

            form.create();

            assertThat(form.refusalProperty().get().errorCode()).isEqualTo("CodeVerificationFailedException");
            assertThat(form.validation().problems()).as("said once, in the refusal").noneMatch(p -> p.fromService());
        }
    }

    @Test
    void aNewRoleNameIsCheckedAsTyped() {
        CreateFunctionViewModel form = offlineForm();
        form.permissions().newRoleNameProperty().set("no spaces allowed");

        assertThat(form.validation().feedback("new-role-name").get().message()).contains("1–64 letters");
    }

    @Test
    void aRoleThatDoesNotExistIsExplainedOnTheRoleField() throws Exception {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 100)) {
            CreateFunctionViewModel form = new CreateFunctionViewModel(
                    new FunctionsFixture(local.session(), temp, false).context);
            TestForms.fillValid(form, "orders", TestForms.zip(temp));
            form.permissions().roleProperty().set("arn:aws:iam::000000000000:role/no-such-role");

            form.create();

            assertThat(form.refusalProperty().get().summary()).startsWith("Lambda cannot use this execution role");
            assertThat(form.validation().feedback("role").get().message())
                    .startsWith("Lambda cannot use this execution role");
            assertThat(form.basics().functionNameProperty().get()).isEqualTo("orders");
            assertThat(local.session().lambda().exists("orders")).isFalse();
        }
    }

    @Test
    void aCreatedFunctionJoinsTheStatePanelAndTheFormStartsOver() throws Exception {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 100)) {
            FunctionsFixture fixture = new FunctionsFixture(local.session(), temp, false);
            CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
            form.opened();
            assertThat(form.permissions().roles()).extracting(r -> r.name()).contains("lambda-basic-execution");
            form.permissions().pick(form.permissions().roles().getFirst());
            form.basics().functionNameProperty().set("orders");
            form.code().chooseZip(TestForms.zip(temp));
            String[] created = new String[1];
            form.onCreated(status -> created[0] = status.functionName());

            form.create();

            assertThat(created[0]).isEqualTo("orders");
            assertThat(form.refusalProperty().get()).isNull();
            WatchRow row = fixture.statePanel.rows().getFirst();
            assertThat(row.functionName()).isEqualTo("orders");
            assertThat(row.stateProperty().get()).isEqualTo(FunctionState.PENDING);
            assertThat(form.basics().functionNameProperty().get()).isEmpty();
            assertThat(local.session().lambda().exists("orders")).isTrue();
        }
    }

    @Test
    void anImportFillsTheFieldsAndReportsWhatItCouldNotPlace() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        Path file = temp.resolve("config.json");
        Files.writeString(file, """
                {"FunctionName": "billing", "FunctionArn": "arn:aws:lambda:us-east-1:1:function:billing",
                 "Runtime": "python3.13", "Handler": "app.handler", "Role": "%s", "MemorySize": 512,
                 "Timeout": 30, "Environment": {"Variables": {"STAGE": "prod"}},
                 "Layers": [{"Arn": "arn:aws:lambda:us-east-1:123456789012:layer:deps:4", "CodeSize": 10}],
                 "TracingConfig": {"Mode": "Active"}, "Colour": "blue", "CodeSha256": "abc"}
                """.formatted(TestForms.ROLE));

        form.importFile(file);

        assertThat(form.basics().functionNameProperty().get()).isEqualTo("billing");
        assertThat(form.basics().runtimeProperty().get()).isEqualTo("python3.13");
        assertThat(form.basics().handlerProperty().get()).isEqualTo("app.handler");
        assertThat(form.settings().memoryProperty().get()).isEqualTo("512");
        assertThat(form.settings().tracingProperty().get()).isEqualTo("Active");
        assertThat(form.environment().variables()).singleElement()
                .satisfies(v -> assertThat(v.valueProperty().get()).isEqualTo("prod"));
        assertThat(form.layers().layers()).singleElement().satisfies(l -> assertThat(l.arnProperty().get())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:layer:deps:4"));
        assertThat(form.importFindings()).anyMatch(f -> f.contains("CodeSha256"))
                .anyMatch(f -> f.contains("does not carry the code"))
                .anyMatch(f -> f.startsWith("Kept as imported, with no field in this form: Colour"));
        assertThat(form.request().get("Colour").asText()).isEqualTo("blue");
        assertThat(form.validation().problems()).anyMatch(p -> p.path().equals("Colour"));
    }

    @Test
    void createSimilarPrefillsFromAFunctionUnderANewName() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        ObjectNode configuration = (ObjectNode) new ObjectMapper().readTree("""
                {"FunctionName": "orders", "FunctionArn": "arn:aws:lambda:us-east-1:000000000000:function:orders",
                 "Runtime": "nodejs22.x", "Handler": "index.handler", "Role": "%s", "MemorySize": 1024,
                 "State": "Active", "PackageType": "Zip", "Architectures": ["arm64"]}
                """.formatted(TestForms.ROLE));
        FunctionDetails details = new FunctionDetails(configuration, Map.of("team", "payments"), Optional.empty(),
                Optional.of("arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0123456789abcdef0"));

        form.prefillFrom(details);

        assertThat(form.basics().functionNameProperty().get()).isEqualTo("orders-copy");
        assertThat(form.basics().architectureProperty().get()).isEqualTo("arm64");
        assertThat(form.settings().memoryProperty().get()).isEqualTo("1024");
        assertThat(form.codeSigning().configArnProperty().get()).endsWith("csc-0123456789abcdef0");
        assertThat(form.tags().tags()).singleElement().satisfies(t -> assertThat(t.nameProperty().get())
                .isEqualTo("team"));
        assertThat(form.importFindings().getFirst()).isEqualTo(
                "Prefilled from orders; the new function is named orders-copy.");
        assertThat(form.validation().problems()).extracting(p -> p.fieldId()).containsExactly("zip-file");
    }

    @Test
    void theFormExportsAsCliInputJsonAndAsASamTemplate() throws Exception {
        CreateFunctionViewModel form = offlineForm();
        Path zip = TestForms.zip(temp);
        TestForms.fillValid(form, "orders", zip);
        String[] json = new String[1];
        String[] sam = new String[1];

        form.export().exportText(ExportFormat.CLI_JSON, text -> json[0] = text);
        form.export().exportText(ExportFormat.SAM, text -> sam[0] = text);
        Path file = temp.resolve("orders.json");
        form.export().exportTo(ExportFormat.CLI_JSON, file);

        ObjectNode exported = (ObjectNode) new ObjectMapper().readTree(json[0]);
        assertThat(exported.get("FunctionName").asText()).isEqualTo("orders");
        assertThat(exported.get("Code").get("ZipFile").asText()).isEqualTo(form.code().zipProperty().get().base64());
        assertThat(sam[0]).contains("Type: AWS::Serverless::Function").contains("CodeUri: " + zip)
                .doesNotContain(form.code().zipProperty().get().base64());
        assertThat(Files.readString(file)).isEqualTo(json[0]);
        assertThat(form.noticeProperty().get()).startsWith("Exported the AWS CLI input JSON to ");
    }

    @Test
    void codeInS3CanAlwaysBeTypedWhateverTheBucketListingSays() throws Exception {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            CreateFunctionViewModel form = new CreateFunctionViewModel(
                    new FunctionsFixture(local.session(), temp, false).context);
            TestForms.fillValid(form, "from-s3", TestForms.zip(temp));

            form.code().sourceProperty().set(CodeSource.S3);

            // listing fails where the endpoint has no S3 (and says "no buckets" where it has): either way, type them
            assertThat(form.code().s3().statusProperty().get()).containsIgnoringCase("type the bucket")
                    .doesNotContain(":  ");
            form.code().s3().bucketProperty().set("code-bucket");
            form.code().s3().keyProperty().set("releases/orders.zip");
            assertThat(form.request().get("Code")).hasSize(2);
            assertThat(form.request().get("Code").get("S3Key").asText()).isEqualTo("releases/orders.zip");
            assertThat(form.createDisabledProperty().get()).isFalse();
        }
    }
}

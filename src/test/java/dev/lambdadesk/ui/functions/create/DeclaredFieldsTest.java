package dev.lambdadesk.ui.functions.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.ui.common.ExportFormat;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.validation.RequestValidator;

/**
 * The Create form's declared fields are the one place a member is named: each one's member path survives an export
 * and a re-import, and every member the rules can report lands on a declared field.
 */
class DeclaredFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private CreateFunctionViewModel form() {
        return new CreateFunctionViewModel(new FunctionsFixture(new Session(), temp, false).context);
    }

    /** Every member the form has a field for, with values the fields can hold. */
    private static final String ZIP_FROM_S3 = """
            {"FunctionName": "orders", "Description": "Takes orders", "PackageType": "Zip",
             "Runtime": "python3.13", "Handler": "app.main", "Architectures": ["arm64"],
             "Role": "arn:aws:iam::000000000000:role/lambda-basic-execution",
             "Code": {"S3Bucket": "code", "S3Key": "orders.zip", "S3ObjectVersion": "v1",
                      "SourceKMSKeyArn": "arn:aws:kms:us-east-1:000000000000:key/source"},
             "MemorySize": 512, "Timeout": 30, "EphemeralStorage": {"Size": 1024},
             "TracingConfig": {"Mode": "Active"},
             "LoggingConfig": {"LogFormat": "JSON", "ApplicationLogLevel": "DEBUG", "SystemLogLevel": "WARN",
                               "LogGroup": "/custom/orders"},
             "SnapStart": {"ApplyOn": "PublishedVersions"},
             "Environment": {"Variables": {"STAGE": "prod"}},
             "Layers": ["arn:aws:lambda:us-east-1:000000000000:layer:deps:3"],
             "VpcConfig": {"SubnetIds": ["subnet-1", "subnet-2"], "SecurityGroupIds": ["sg-1"],
                           "Ipv6AllowedForDualStack": true},
             "FileSystemConfigs": [{"Arn": "arn:aws:elasticfilesystem:us-east-1:000000000000:access-point/fsap-1",
                                    "LocalMountPath": "/mnt/data"}],
             "DeadLetterConfig": {"TargetArn": "arn:aws:sqs:us-east-1:000000000000:dlq"},
             "KMSKeyArn": "arn:aws:kms:us-east-1:000000000000:key/env",
             "CodeSigningConfigArn": "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-1",
             "Tags": {"team": "orders"}, "Publish": true,
             "CapacityProviderConfig": {"LambdaManagedInstancesCapacityProviderConfig": {
                 "CapacityProviderArn": "arn:aws:lambda:us-east-1:000000000000:capacity-provider:fleet",
                 "PerExecutionEnvironmentMaxConcurrency": 10, "ExecutionEnvironmentMemoryGiBPerVCpu": 2.0}},
             "DurableConfig": {"RetentionPeriodInDays": 7, "ExecutionTimeout": 60},
             "TenancyConfig": {"TenantIsolationMode": "PER_TENANT"}, "PublishTo": "LATEST_PUBLISHED"}
            """;

    private static final String IMAGE = """
            {"FunctionName": "images", "PackageType": "Image",
             "Code": {"ImageUri": "000000000000.dkr.ecr.us-east-1.amazonaws.com/app:1"},
             "ImageConfig": {"EntryPoint": ["/bin/sh", "-c"], "Command": ["app.handler"],
                             "WorkingDirectory": "/var/task"}}
            """;

    @Test
    void everyDeclaredMemberPathRoundTripsThroughExportAndImport() throws Exception {
        String zipFile = "{\"FunctionName\": \"inline\", \"Code\": {\"ZipFile\": \""
                + Base64.getEncoder().encodeToString(Files.readAllBytes(TestForms.zip(temp))) + "\"}}";
        Set<String> carried = new HashSet<>();
        for (String request : List.of(ZIP_FROM_S3, IMAGE, zipFile)) {
            carried.addAll(roundTrip((ObjectNode) JSON.readTree(request)));
        }

        List<String> inRequest = form().fields().stream().filter(FormField::inRequest).map(FormField::path)
                .toList();
        assertThat(carried).as("every field that writes the request was carried across").containsAll(inRequest);
    }

    /** Imports {@code original}, exports it, imports the export: each member a field took comes back unchanged. */
    private List<String> roundTrip(ObjectNode original) throws Exception {
        CreateFunctionViewModel first = form();
        Path in = Files.writeString(temp.resolve("in.json"), original.toString());
        first.importFile(in);
        Path out = Files.writeString(temp.resolve("out.json"),
                first.export().text(first.request(), ExportFormat.CLI_JSON));
        CreateFunctionViewModel second = form();
        second.importFile(out);
        ObjectNode again = second.request();

        List<String> checked = new ArrayList<>();
        for (FormField<?> field : second.fields()) {
            JsonNode before = at(original, field.path());
            if (field.inRequest() && !before.isMissingNode()) {
                assertThat(at(again, field.path()).toString()).as(field.id() + " at " + field.path())
                        .isEqualTo(before.toString());
                checked.add(field.path());
            }
        }
        assertThat(second.importFindings()).noneMatch(f -> f.startsWith("Kept as imported"));
        return checked;
    }

    private static JsonNode at(JsonNode root, String path) {
        return root.at("/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
    }

    @Test
    void everyMemberTheRulesCanReportLandsOnADeclaredField() {
        CreateFunctionViewModel form = form();
        Set<String> reportable = RequestValidator.standard().memberPaths(Operation.CREATE_FUNCTION);
        assertThat(reportable).contains("MemorySize", "VpcConfig.SubnetIds");

        List<String> unclaimed = reportable.stream().filter(path -> !path.isEmpty()) // "" is the request itself
                .filter(path -> form.validation().fieldFor(path.replace("[]", "[0]")
                        .replaceAll("\\{[^}]*}", ".KEY")).equals(FormValidation.FORM)).sorted().toList();
        assertThat(unclaimed).as("members the rules check that no field claims").isEmpty();
        assertThat(form.validation().fieldFor("Role (new role name)")).isEqualTo("new-role-name");
    }

    @Test
    void fieldIdsAreUnique() {
        List<String> ids = form().fields().stream().map(FormField::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }
}

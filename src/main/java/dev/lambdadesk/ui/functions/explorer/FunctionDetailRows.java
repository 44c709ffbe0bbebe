package dev.lambdadesk.ui.functions.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.ui.functions.create.ZipPackage;
import dev.lambdadesk.ui.common.DetailRow;

/** The details pane's lines for a function: configuration, code, signing and tags, in words. */
final class FunctionDetailRows {

    private FunctionDetailRows() {
    }

    static List<DetailRow> of(FunctionDetails details) {
        JsonNode c = details.configuration();
        List<DetailRow> rows = new ArrayList<>();
        add(rows, "Name", text(c, "FunctionName"));
        copyable(rows, "ARN", text(c, "FunctionArn"));
        add(rows, "Description", text(c, "Description"));
        add(rows, "State", joined(text(c, "State"), text(c, "StateReasonCode"), text(c, "StateReason")));
        add(rows, "Last update", joined(text(c, "LastUpdateStatus"), text(c, "LastUpdateStatusReasonCode"),
                text(c, "LastUpdateStatusReason")));
        add(rows, "Package type", text(c, "PackageType"));
        add(rows, "Runtime", text(c, "Runtime"));
        add(rows, "Handler", text(c, "Handler"));
        add(rows, "Architecture", list(c.path("Architectures")));
        copyable(rows, "Execution role", text(c, "Role"));
        add(rows, "Memory", suffixed(text(c, "MemorySize"), " MB"));
        add(rows, "Timeout", suffixed(text(c, "Timeout"), " s"));
        add(rows, "Ephemeral storage", suffixed(c.path("EphemeralStorage").path("Size").asText(""), " MB"));
        copyable(rows, "Code SHA-256", text(c, "CodeSha256"));
        add(rows, "Code size", c.hasNonNull("CodeSize") ? ZipPackage.sizeText(c.get("CodeSize").asLong())
                + " (" + c.get("CodeSize").asLong() + " bytes)" : "");
        details.codeSigningConfigArn().ifPresentOrElse(arn -> copyable(rows, "Code signing config", arn),
                () -> add(rows, "Code signing config", "None"));
        copyable(rows, "Signing profile version", text(c, "SigningProfileVersionArn"));
        copyable(rows, "Signing job", text(c, "SigningJobArn"));
        add(rows, "Layers", layers(c.path("Layers")));
        add(rows, "Environment", environment(c.path("Environment").path("Variables")));
        add(rows, "Subnets", list(c.path("VpcConfig").path("SubnetIds")));
        add(rows, "Security groups", list(c.path("VpcConfig").path("SecurityGroupIds")));
        add(rows, "File system", fileSystems(c.path("FileSystemConfigs")));
        copyable(rows, "Dead-letter target", c.path("DeadLetterConfig").path("TargetArn").asText(""));
        copyable(rows, "KMS key", text(c, "KMSKeyArn"));
        add(rows, "Tracing", c.path("TracingConfig").path("Mode").asText(""));
        add(rows, "Logging", joined(c.path("LoggingConfig").path("LogFormat").asText(""),
                c.path("LoggingConfig").path("LogGroup").asText("")));
        add(rows, "Last modified", text(c, "LastModified"));
        add(rows, "Version", text(c, "Version"));
        add(rows, "Tags", tags(details.tags()));
        return rows;
    }

    private static void add(List<DetailRow> rows, String label, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(DetailRow.of("", label, value));
        }
    }

    private static void copyable(List<DetailRow> rows, String label, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(DetailRow.copyable("", label, value));
        }
    }

    private static String text(JsonNode c, String member) {
        JsonNode v = c.get(member);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String suffixed(String value, String unit) {
        return value.isEmpty() ? "" : value + unit;
    }

    private static String joined(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                present.add(p);
            }
        }
        return String.join(" — ", present);
    }

    private static String list(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(n -> items.add(n.asText()));
        return String.join(", ", items);
    }

    private static String layers(JsonNode layers) {
        List<String> arns = new ArrayList<>();
        layers.forEach(l -> arns.add(l.isObject() ? l.path("Arn").asText() + signing(l) : l.asText()));
        return String.join("\n", arns);
    }

    /** " · signed by <profile version> (job <job>)" or " · unsigned", from the layer's entry in Layers. */
    private static String signing(JsonNode layer) {
        String signer = layer.path("SigningProfileVersionArn").asText("");
        String job = layer.path("SigningJobArn").asText("");
        String size = layer.hasNonNull("CodeSize") ? " · " + ZipPackage.sizeText(layer.get("CodeSize").asLong()) : "";
        return size + (signer.isEmpty() ? " · unsigned" : " · signed by " + signer
                + (job.isEmpty() ? "" : " (job " + job + ")"));
    }

    /** Names only: the values may be secrets, and the JSON view shows them on request. */
    private static String environment(JsonNode variables) {
        List<String> names = new ArrayList<>();
        variables.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "" : names.size() + (names.size() == 1 ? " variable: " : " variables: ")
                + String.join(", ", names);
    }

    private static String fileSystems(JsonNode configs) {
        List<String> out = new ArrayList<>();
        configs.forEach(f -> out.add(f.path("Arn").asText() + " at " + f.path("LocalMountPath").asText()));
        return String.join("\n", out);
    }

    private static String tags(Map<String, String> tags) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(tags).forEach((k, v) -> out.add(k + " = " + v));
        return String.join("\n", out);
    }
}

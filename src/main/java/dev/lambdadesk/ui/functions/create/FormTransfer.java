package dev.lambdadesk.ui.functions.create;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.persist.CliJson;
import dev.lambdadesk.persist.SamTemplate;
import dev.lambdadesk.ui.common.ExportFormat;
import dev.lambdadesk.ui.common.FormField;

/**
 * The form's request in and out of files: export as CLI input JSON or a SAM snippet, import CLI input JSON or a
 * get-function(-configuration) output, and "create similar" from an existing function through the same import.
 * Blocking where files are involved; the ViewModel calls it off the UI thread.
 */
final class FormTransfer {

    private final CliJson cliJson = new CliJson();
    private final SamTemplate sam = new SamTemplate();
    private final ObjectMapper json = new ObjectMapper();
    private final FormField<String> functionName;
    private final FormField<String> zipBytes;
    private final FormField<String> codeSigningConfig;
    private final FormField<String> logGroup;

    FormTransfer(FunctionForm form) {
        this.functionName = form.basics.functionName;
        this.zipBytes = form.code.zipField;
        this.codeSigningConfig = form.codeSigning.config;
        this.logGroup = form.settings.logGroup;
    }

    /** The text of an export; a zip chosen on disk becomes the SAM template's CodeUri. */
    String export(ExportFormat format, ObjectNode request, Optional<Path> zipFile) {
        return switch (format) {
            case CLI_JSON -> cliJson.export(request);
            case SAM -> {
                ObjectNode withoutBytes = request.deepCopy();
                zipBytes.take(withoutBytes);
                String name = functionName.in(request).asText("");
                yield sam.function(SamTemplate.logicalIdFor(name, "Function"), withoutBytes,
                        zipFile.map(Path::toString));
            }
        };
    }

    void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Reads a file for import; the notes say what was converted or left out. */
    CliJson.Imported read(Path file) throws IOException {
        return cliJson.importText(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A request another screen hands over (CLI input JSON), read as a file of it would be; {@code note} says whence. */
    CliJson.Imported handedOver(ObjectNode cliInput, String note) {
        CliJson.Imported imported;
        try {
            imported = cliJson.importText(json.writeValueAsString(cliInput));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
        List<String> notes = new ArrayList<>();
        notes.add(note);
        notes.addAll(imported.notes());
        return new CliJson.Imported(imported.request(), notes);
    }

    /** A request like an existing function: its configuration and tags, under a new name. */
    CliJson.Imported similarTo(FunctionDetails details) {
        ObjectNode getFunction = json.createObjectNode();
        ObjectNode configuration = details.configuration().deepCopy();
        details.codeSigningConfigArn().ifPresent(arn -> codeSigningConfig.put(configuration, arn));
        getFunction.set("Configuration", configuration);
        ObjectNode tags = getFunction.putObject("Tags");
        details.tags().forEach(tags::put);
        CliJson.Imported imported;
        try {
            imported = cliJson.importText(json.writeValueAsString(getFunction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
        String name = details.name() + "-copy";
        functionName.put(imported.request(), name);
        List<String> notes = new ArrayList<>();
        notes.add("Prefilled from " + details.name() + "; the new function is named " + name + ".");
        if (("/aws/lambda/" + details.name()).equals(logGroup.in(imported.request()).asText())) {
            logGroup.take(imported.request()); // the source's own group: the copy gets its own, as a new function does
        }
        notes.addAll(imported.notes());
        return new CliJson.Imported(imported.request(), notes);
    }
}

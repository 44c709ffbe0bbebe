package dev.lambdadesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.validation.RequestValidator;
import dev.lambdadesk.validation.Violation;

/** {@code validate}: offline validation of a request written as AWS CLI input JSON. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates a request file (AWS CLI input JSON) offline against the API's rules.%n"
                + "Exit status: 0 valid (warnings allowed), 1 invalid, 2 unreadable file, not JSON or unknown "
                + "operation.")
final class ValidateCommand implements Callable<Integer> {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int UNUSABLE_INPUT = 2;

    private static final Logger LOG = Logger.getLogger(ValidateCommand.class.getName());

    /** Output formats: one "path: message" line per finding, or a JSON array. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--operation", required = true, paramLabel = "OP",
            description = "The API operation the request is for: ${COMPLETION-CANDIDATES}.",
            completionCandidates = OperationNames.class)
    String operation;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one 'path: message' line per finding) or json (an array of {path, message, "
                    + "severity}). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Parameters(paramLabel = "FILE", description = "The request as AWS CLI input JSON (blobs base64).")
    Path file;

    /** Made when the command runs: building a mapper costs the desktop app's start-up a few hundred ms. */
    private ObjectMapper json;

    @Override
    public Integer call() {
        json = new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Operation op = Operation.fromApiName(operation).orElse(null);
        if (op == null) {
            err.println("Unknown operation '" + operation + "'; use one of: " + OperationNames.joined() + ".");
            err.flush();
            return UNUSABLE_INPUT;
        }
        JsonNode request;
        try {
            request = read(file);
        } catch (UnusableFileException e) {
            err.println(e.getMessage());
            err.flush();
            return UNUSABLE_INPUT;
        }
        List<Violation> violations = RequestValidator.standard().validate(op, request);
        print(violations, out);
        boolean valid = violations.stream().noneMatch(Violation::isError);
        if (valid && format == Format.text) {
            err.println(file + ": valid " + op.apiName() + " request");
        }
        err.flush();
        return valid ? VALID : INVALID;
    }

    private JsonNode read(Path path) throws UnusableFileException {
        if (Files.isDirectory(path)) {
            throw new UnusableFileException("Cannot read " + path + ": it is a directory.");
        }
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new UnusableFileException("Cannot read " + path + ": no such file.");
        } catch (AccessDeniedException e) {
            throw new UnusableFileException("Cannot read " + path + ": permission denied.");
        } catch (MalformedInputException e) {
            throw new UnusableFileException("Cannot read " + path + ": it is not UTF-8 text.");
        } catch (IOException e) {
            LOG.log(Level.FINE, "Reading " + path + " failed", e);
            throw new UnusableFileException("Cannot read " + path + ": "
                    + (e.getMessage() == null ? "input/output error" : e.getMessage()) + ".");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            LOG.log(Level.FINE, "Parsing " + path + " failed", e);
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UnusableFileException(path + " is not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ".");
        }
        if (node == null || node.isMissingNode()) {
            throw new UnusableFileException(path + " is empty; it must hold a JSON object.");
        }
        if (!node.isObject()) {
            throw new UnusableFileException(path + " must hold a JSON object (the request), not "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        return node;
    }

    private void print(List<Violation> violations, PrintWriter out) {
        if (format == Format.json) {
            ArrayNode array = json.createArrayNode();
            for (Violation v : violations) {
                array.addObject().put("path", v.path()).put("message", v.message())
                        .put("severity", v.severity().jsonName());
            }
            try {
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A JSON tree always serializes", e);
            }
        } else {
            for (Violation v : violations) {
                out.println(v.path() + ": " + (v.isError() ? "" : v.severity().jsonName() + ": ") + v.message());
            }
        }
        out.flush();
    }

    /** The operation names as the API spells them, for help and error messages. */
    static final class OperationNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Operation.values()).map(Operation::apiName).iterator();
        }

        static String joined() {
            return Arrays.stream(Operation.values()).map(Operation::apiName).collect(Collectors.joining(", "));
        }
    }

    /** The request file cannot be used: unreadable, not JSON, or not a JSON object. */
    private static final class UnusableFileException extends Exception {
        UnusableFileException(String message) {
            super(message, null, false, false);
        }
    }
}

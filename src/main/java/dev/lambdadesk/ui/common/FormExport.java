package dev.lambdadesk.ui.common;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.persist.CliJson;

/**
 * Exports a form's request as AWS CLI input JSON or a SAM template, as text (for the clipboard) or to a file, off
 * the UI thread. The form gives its request and how a request becomes a template.
 */
public final class FormExport {

    private final CliJson cliJson = new CliJson();
    private final UiExecutor ui;
    private final Supplier<ObjectNode> request;
    private final Function<ObjectNode, String> cliJsonText;
    private final Function<ObjectNode, String> template;
    private final Consumer<String> notice;

    /** @param notice told (on the UI thread) what was exported where, or why not */
    public FormExport(UiExecutor ui, Supplier<ObjectNode> request, Function<ObjectNode, String> template,
            Consumer<String> notice) {
        this(ui, request, null, template, notice);
    }

    /** @param cliJsonText how the request becomes CLI input JSON when the form adds to it (a package's bytes) */
    public FormExport(UiExecutor ui, Supplier<ObjectNode> request, Function<ObjectNode, String> cliJsonText,
            Function<ObjectNode, String> template, Consumer<String> notice) {
        this.ui = ui;
        this.request = request;
        this.cliJsonText = cliJsonText == null ? cliJson::export : cliJsonText;
        this.template = template;
        this.notice = notice;
    }

    /** The export's text, synchronously (small requests; tests). */
    public String text(ObjectNode of, ExportFormat format) {
        return format == ExportFormat.CLI_JSON ? cliJsonText.apply(of) : template.apply(of);
    }

    /** Builds the text off the UI thread and hands it over on it. */
    public void exportText(ExportFormat format, Consumer<String> onReady) {
        ObjectNode now = request.get().deepCopy();
        ui.run(() -> text(now, format), onReady, failure -> notice.accept("The export failed: " + failure.getMessage()));
    }

    /** Writes the export to {@code file}. */
    public void exportTo(ExportFormat format, Path file) {
        ObjectNode now = request.get().deepCopy();
        ui.run(() -> Files.writeString(file, text(now, format), StandardCharsets.UTF_8),
                written -> notice.accept("Exported the " + format.label() + " to " + written + "."),
                failure -> notice.accept("The export to " + file + " failed: " + failure.getMessage()));
    }
}

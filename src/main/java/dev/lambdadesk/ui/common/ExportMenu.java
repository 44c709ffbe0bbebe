package dev.lambdadesk.ui.common;

import java.io.File;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.javafx.FontIcon;

/** The Export button of a form: copy or save its request as AWS CLI input JSON or as a SAM template. */
public final class ExportMenu extends MenuButton {

    public ExportMenu(String id, FormExport export, String baseName) {
        super("Export", new FontIcon("fth-download"));
        setId(id);
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem copy = new MenuItem("Copy " + format.label());
            copy.setId(id + "-copy-" + format.extension());
            copy.setOnAction(event -> export.exportText(format, Views::copy));
            MenuItem save = new MenuItem("Save " + format.label() + "…");
            save.setId(id + "-save-" + format.extension());
            save.setOnAction(event -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Save " + format.label());
                chooser.setInitialFileName(baseName + "." + format.extension());
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(),
                        "*." + format.extension()));
                File file = chooser.showSaveDialog(getScene().getWindow());
                if (file != null) {
                    export.exportTo(format, file.toPath());
                }
            });
            getItems().addAll(copy, save);
        }
    }
}

package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;

/** An Amazon EFS access point mounted under /mnt (Lambda takes one file system per function). */
public final class FileSystemSection extends FormSection {

    private static final String FIRST = "FileSystemConfigs[0].";

    /** Written whole (both members, even empty) once either is typed, so the rules name what is missing. */
    final FormField<String> accessPointArn = field(FormField.of("file-system-arn", FIRST + "Arn", "EFS access point",
            text(""), FieldCodec.textAlways())
            .alsoClaims("FileSystemConfigs"));
    final FormField<String> mountPath = field(FormField.of("mount-path", FIRST + "LocalMountPath",
            "Local mount path", text(""), FieldCodec.textAlways()));

    @Override
    void writeTo(ObjectNode request) {
        if (!accessPointArn.value().isEmpty() || !mountPath.value().isEmpty()) {
            super.writeTo(request);
        }
    }

    public StringProperty accessPointArnProperty() {
        return textOf(accessPointArn);
    }

    public StringProperty mountPathProperty() {
        return textOf(mountPath);
    }
}

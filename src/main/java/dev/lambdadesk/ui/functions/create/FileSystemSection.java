package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;

/** An Amazon EFS access point mounted under /mnt (Lambda takes one file system per function). */
public final class FileSystemSection extends FormSection {

    private final StringProperty accessPointArn = input("file-system-arn",
            new SimpleStringProperty(this, "accessPointArn", ""));
    private final StringProperty mountPath = input("mount-path", new SimpleStringProperty(this, "mountPath", ""));

    @Override
    void registerFields(FormValidation validation) {
        validation.field("file-system-arn", "FileSystemConfigs[0].Arn", "FileSystemConfigs");
        validation.field("mount-path", "FileSystemConfigs[0].LocalMountPath");
    }

    @Override
    void writeTo(ObjectNode request) {
        if (accessPointArn.get().isEmpty() && mountPath.get().isEmpty()) {
            return;
        }
        ObjectNode config = request.putArray("FileSystemConfigs").addObject();
        config.put("Arn", accessPointArn.get());
        config.put("LocalMountPath", mountPath.get());
    }

    @Override
    void readFrom(ObjectNode request) {
        JsonNode configs = request.remove("FileSystemConfigs");
        accessPointArn.set("");
        mountPath.set("");
        if (configs instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode first) {
            accessPointArn.set(JsonFields.take(first, "Arn"));
            mountPath.set(JsonFields.take(first, "LocalMountPath"));
            array.remove(0);
            if (!array.isEmpty()) { // carried, so the rules report the extra file systems
                request.set("FileSystemConfigs", array);
            }
        }
    }

    @Override
    void reset() {
        accessPointArn.set("");
        mountPath.set("");
    }

    public StringProperty accessPointArnProperty() {
        return accessPointArn;
    }

    public StringProperty mountPathProperty() {
        return mountPath;
    }
}

package dev.lambdadesk.ui.signing.deploy;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/** A quick look at the package file a person typed or picked: no AWS rule, just whether it can be uploaded. */
final class PackageFiles {

    private PackageFiles() {
    }

    /** Why the file cannot be signed, or an empty string. */
    static String problemWith(String path) {
        if (path == null || path.isBlank()) {
            return "Choose the .zip package to sign.";
        }
        Path file;
        try {
            file = Path.of(path.trim());
        } catch (InvalidPathException e) {
            return "\"" + path.trim() + "\" is not a file path.";
        }
        if (!Files.isRegularFile(file)) {
            return "There is no file " + file + ".";
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return "Lambda code is signed as a .zip package; " + file.getFileName() + " is not one.";
        }
        return "";
    }

    /** The file's name ("orders.zip"), or an empty string when there is none. */
    static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        try {
            Path name = Path.of(path.trim()).getFileName();
            return name == null ? "" : name.toString();
        } catch (InvalidPathException e) {
            return "";
        }
    }
}

package dev.lambdadesk.ui.functions.create;

/** Where a function's code comes from. */
public enum CodeSource {
    ZIP_FILE("Upload a .zip file"), S3("From Amazon S3"), IMAGE("Container image");

    private final String label;

    CodeSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

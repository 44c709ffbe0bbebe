package dev.lambdadesk.ui.common;

/** What a form can be exported as. */
public enum ExportFormat {
    CLI_JSON("AWS CLI input JSON", "json"),
    SAM("SAM / CloudFormation template", "yaml");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}

package dev.lambdadesk.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** Which code sources a Code structure (or an UpdateFunctionCode request) names. */
record CodeSources(boolean zip, boolean s3Bucket, boolean s3Key, boolean s3Version, boolean image) {

    static final String NO_SOURCE = "Please provide a source for function code.";

    static CodeSources of(JsonNode code) {
        return new CodeSources(Requests.present(code, "ZipFile"), Requests.present(code, "S3Bucket"),
                Requests.present(code, "S3Key"), Requests.present(code, "S3ObjectVersion"),
                Requests.present(code, "ImageUri"));
    }

    boolean s3() {
        return s3Bucket || s3Key || s3Version;
    }

    int count() {
        return (zip ? 1 : 0) + (s3() ? 1 : 0) + (image ? 1 : 0);
    }

    /**
     * Reports no source, several sources and an incomplete S3 location; {@code prefix} is "Code." for
     * CreateFunction and "" for UpdateFunctionCode.
     */
    void checkExactlyOne(String prefix, Findings out) {
        if (count() == 0) {
            out.error(prefix.isEmpty() ? "ZipFile" : "Code", "Choose the code: a .zip file (ZipFile), an S3 "
                    + "object (S3Bucket and S3Key) or a container image (ImageUri).",
                    AwsFinding.invalidParameter(NO_SOURCE));
            return;
        }
        if (count() > 1) {
            String second = zip ? (s3() ? s3Path(prefix) : prefix + "ImageUri") : prefix + "ImageUri";
            out.error(second, "Give exactly one code source: ZipFile, S3Bucket with S3Key, or ImageUri; this "
                    + "request gives " + count() + ".", AwsFinding.invalidParameter(
                    "Please provide only one source for function code."));
        }
        if (s3() && !s3Key) {
            out.error(prefix + "S3Key", "Enter the S3 key of the code object; an S3 code location needs both "
                    + "S3Bucket and S3Key.", AwsFinding.invalidParameter(
                    "Please provide both S3Bucket and S3Key for function code in Amazon S3."));
        }
        if (s3() && !s3Bucket) {
            out.error(prefix + "S3Bucket", "Enter the S3 bucket that holds the code object; an S3 code location "
                    + "needs both S3Bucket and S3Key.", AwsFinding.invalidParameter(
                    "Please provide both S3Bucket and S3Key for function code in Amazon S3."));
        }
    }

    private String s3Path(String prefix) {
        return prefix + (s3Bucket ? "S3Bucket" : s3Key ? "S3Key" : "S3ObjectVersion");
    }
}

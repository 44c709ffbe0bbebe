package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A layer's Content names one source: a .zip file, or an S3 object (bucket and key). */
final class LayerContentSource implements RequestRule {

    static final String NO_SOURCE = "Please provide a source for layer code.";

    @Override
    public List<String> reads() {
        return List.of("Content");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode content = request.get("Content");
        if (content == null || !content.isObject()) {
            return;
        }
        CodeSources sources = CodeSources.of(content);
        if (sources.count() == 0) {
            out.error("Content", "Choose the layer's code: a .zip file (ZipFile) or an S3 object (S3Bucket and "
                    + "S3Key).", AwsFinding.invalidParameter(NO_SOURCE));
        } else if (sources.zip() && sources.s3()) {
            out.error("Content.ZipFile", "Give one source for the layer's code: ZipFile, or S3Bucket with S3Key; "
                    + "not both.", AwsFinding.invalidParameter("Please provide only one source for layer code."));
        } else if (sources.s3() && !(sources.s3Bucket() && sources.s3Key())) {
            String missing = sources.s3Bucket() ? "Content.S3Key" : "Content.S3Bucket";
            out.error(missing, "An S3 location needs both S3Bucket and S3Key; enter the "
                    + (sources.s3Bucket() ? "key" : "bucket") + ".", AwsFinding.invalidParameter(
                    "Please provide both S3Bucket and S3Key for layer code in Amazon S3."));
        }
    }
}

package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** UpdateFunctionCode names exactly one new code source: ZipFile, S3Bucket with S3Key, or ImageUri. */
final class UpdateCodeSource implements RequestRule {

    @Override
    public List<String> reads() {
        return List.of("ZipFile", "S3Bucket", "S3Key", "S3ObjectVersion", "ImageUri");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        CodeSources.of(request).checkExactlyOne("", out);
    }
}

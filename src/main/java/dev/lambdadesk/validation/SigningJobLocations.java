package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A signing job reads an S3 source object and writes to a destination bucket; both must be named. */
final class SigningJobLocations implements RequestRule {

    @Override
    public List<String> reads() {
        return List.of("source", "destination");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode source = Requests.at(request, "source");
        if (source != null && source.isObject() && !Requests.present(source, "s3")) {
            out.error("source.s3", "Choose the S3 object to sign: its bucket, key and version.",
                    AwsFinding.validation(WireText.clause(null, false, "source.s3", WireText.NOT_NULL)));
        }
        JsonNode destination = Requests.at(request, "destination");
        if (destination == null || !destination.isObject()) {
            return;
        }
        JsonNode s3 = Requests.at(destination, "s3");
        if (s3 == null || (s3.isObject() && !Requests.present(s3, "bucketName"))) {
            out.error("destination.s3.bucketName", "Choose the S3 bucket where the signed code is written.",
                    AwsFinding.validation(WireText.clause(null, false, "destination.s3.bucketName",
                            WireText.NOT_NULL)));
        }
    }
}

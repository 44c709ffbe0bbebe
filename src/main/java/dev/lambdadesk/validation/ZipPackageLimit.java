package dev.lambdadesk.validation;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** A .zip package uploaded directly is a zip archive of at most 50 MB (measured without decoding it). */
final class ZipPackageLimit implements RequestRule {

    static final long MAX_BYTES = 52_428_800L;

    private final String[] names;
    private final String path;

    /** @param names the member chain of the blob: {@code Code, ZipFile} or {@code ZipFile} */
    ZipPackageLimit(String... names) {
        this.names = names.clone();
        this.path = String.join(".", names);
    }

    @Override
    public List<String> reads() {
        return List.of(path);
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode zip = Requests.at(request, names);
        if (zip == null || !zip.isTextual() || out.hasErrorAt(path)) {
            return;
        }
        Base64Scan scan = Base64Scan.of(zip.textValue());
        if (!scan.valid()) {
            return;
        }
        if (scan.decodedLength() > MAX_BYTES) {
            String size = String.format(Locale.ROOT, "%.1f", scan.decodedLength() / 1_048_576.0);
            out.error(path, "The .zip package is " + size + " MB; a direct upload may be at most 50 MB "
                    + "(52428800 bytes). Upload it to S3 and use S3Bucket and S3Key instead.",
                    new AwsFinding(AwsFinding.REQUEST_ENTITY_TOO_LARGE,
                            "Zipped size must be smaller than " + MAX_BYTES + " bytes"));
        } else if (!scan.zipSignature()) {
            out.error(path, "This is not a .zip archive; choose a .zip package.",
                    AwsFinding.invalidParameter("Could not unzip uploaded file. Please check your file, then try "
                            + "to upload again."));
        }
    }
}

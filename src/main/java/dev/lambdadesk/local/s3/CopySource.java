package dev.lambdadesk.local.s3;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.UriCodec;

/**
 * The object a CopyObject or UploadPartCopy reads: {@code x-amz-copy-source} ({@code [/]bucket/key[?versionId=v]},
 * URL-encoded) and, for a part, {@code x-amz-copy-source-range: bytes=first-last}.
 *
 * @param object the source version
 * @param bytes  the bytes copied (the range of them, for a part)
 */
record CopySource(ObjectRecord object, byte[] bytes) {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");
    private static final String VERSION_PARAM = "?versionId=";

    static boolean requested(ApiRequest request) {
        return request.header("x-amz-copy-source").isPresent();
    }

    static CopySource read(ApiRequest request, S3Storage storage) throws IOException {
        String header = request.header("x-amz-copy-source").orElseThrow().trim();
        int versionAt = header.indexOf(VERSION_PARAM);
        String versionId = versionAt < 0 ? null : UriCodec.decode(header.substring(versionAt
                + VERSION_PARAM.length()));
        String path = UriCodec.decode(versionAt < 0 ? header : header.substring(0, versionAt));
        path = path.startsWith("/") ? path.substring(1) : path;
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            throw S3Error.INVALID_ARGUMENT.withMessage("Invalid copy source object key");
        }
        ObjectRecord object;
        try {
            object = storage.find(path.substring(0, slash), path.substring(slash + 1), versionId);
        } catch (ApiException e) {
            if (versionId != null && S3Error.METHOD_NOT_ALLOWED.code().equals(e.code())) {
                throw S3Error.INVALID_REQUEST.withMessage("The source of a copy request may not specifically refer "
                        + "to a delete marker by version id.");
            }
            throw e;
        }
        byte[] bytes = storage.read(object);
        return new CopySource(object, range(request.header("x-amz-copy-source-range"), bytes));
    }

    private static byte[] range(Optional<String> header, byte[] bytes) {
        if (header.isEmpty()) {
            return bytes;
        }
        Matcher m = RANGE.matcher(header.get().trim());
        if (!m.matches() || Long.parseLong(m.group(1)) > Long.parseLong(m.group(2))) {
            throw S3Error.INVALID_ARGUMENT.withMessage("The x-amz-copy-source-range value must be of the form "
                    + "bytes=first-last where first and last are the zero-based offsets of the first and last bytes "
                    + "to copy");
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        if (first >= bytes.length) {
            throw S3Error.INVALID_REQUEST.withMessage("The specified copy range is invalid for the source object "
                    + "size");
        }
        if (last >= bytes.length) {
            throw S3Error.INVALID_ARGUMENT.withMessage("Range specified is not valid for source object of size: "
                    + bytes.length);
        }
        return Arrays.copyOfRange(bytes, (int) first, (int) last + 1);
    }
}

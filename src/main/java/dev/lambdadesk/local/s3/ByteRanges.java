package dev.lambdadesk.local.s3;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lambdadesk.local.http.ApiResponse;

/** GetObject's single {@code Range: bytes=first-last} (also {@code first-} and {@code -suffix}), as S3 reads it. */
final class ByteRanges {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private ByteRanges() {
    }

    /**
     * The whole object (200) or the requested part (206 with Content-Range); a range S3 cannot parse is ignored,
     * one that starts past the end is refused with InvalidRange.
     */
    static ApiResponse answer(Optional<String> header, byte[] bytes, ApiResponse headers) {
        Matcher m = header.map(h -> RANGE.matcher(h.trim())).filter(Matcher::matches).orElse(null);
        if (m == null || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return withBody(headers, 200, bytes);
        }
        long length = bytes.length;
        long first;
        long last;
        try {
            if (m.group(1).isEmpty()) {
                first = Math.max(0, length - Long.parseLong(m.group(2)));
                last = length - 1;
            } else {
                first = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            }
        } catch (NumberFormatException e) {
            return withBody(headers, 200, bytes);
        }
        if (first >= length || first > last) {
            throw S3Error.INVALID_RANGE.with("RangeRequested", header.get().trim(),
                    "ActualObjectSize", Long.toString(length));
        }
        byte[] part = Arrays.copyOfRange(bytes, (int) first, (int) last + 1);
        return withBody(headers, 206, part).withHeader("Content-Range", "bytes " + first + "-" + last + "/" + length);
    }

    private static ApiResponse withBody(ApiResponse headers, int status, byte[] body) {
        return new ApiResponse(status, headers.contentType(), headers.headers(), body);
    }
}

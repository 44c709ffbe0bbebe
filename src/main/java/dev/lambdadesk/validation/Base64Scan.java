package dev.lambdadesk.validation;

import java.util.Base64;

/**
 * What a base64 blob holds, found by one pass over its characters without decoding it: whether it is valid
 * base64, how many bytes it decodes to and whether those bytes start like a zip archive. Line breaks are
 * ignored, as the AWS CLI ignores them.
 *
 * @param valid         only base64 characters, padding at the end, a whole number of 4-character groups
 * @param decodedLength the number of bytes the text decodes to (0 when not valid)
 * @param zipSignature  the decoded bytes start with "PK", as every zip archive does
 */
record Base64Scan(boolean valid, long decodedLength, boolean zipSignature) {

    /** Blobs at least this long are remembered, so re-validating an unchanged package costs nothing. */
    private static final int REMEMBER_FROM = 64 * 1024;

    private static final Base64Scan INVALID = new Base64Scan(false, 0, false);

    private record Remembered(String text, Base64Scan scan) {
    }

    private static volatile Remembered last;

    static Base64Scan of(String text) {
        if (text.length() < REMEMBER_FROM) {
            return scan(text);
        }
        Remembered r = last;
        if (r != null && r.text() == text) {
            return r.scan();
        }
        Base64Scan scan = scan(text);
        last = new Remembered(text, scan);
        return scan;
    }

    private static Base64Scan scan(String text) {
        long data = 0;
        int padding = 0;
        char[] head = new char[4];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                continue;
            }
            if (c == '=') {
                padding++;
            } else if (padding > 0 || !isBase64(c)) {
                return INVALID;
            } else {
                if (data < 4) {
                    head[(int) data] = c;
                }
                data++;
            }
        }
        if (padding > 2 || (data + padding) % 4 != 0) {
            return INVALID;
        }
        long decoded = (data + padding) / 4 * 3 - padding;
        return new Base64Scan(true, decoded, startsWithPk(head, data));
    }

    private static boolean startsWithPk(char[] head, long data) {
        if (data < 3) {
            return false;
        }
        byte[] bytes = Base64.getDecoder().decode(data >= 4 ? new String(head) : new String(head, 0, 3) + "=");
        return bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    private static boolean isBase64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}

package dev.lambdadesk.local.signing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The end-of-central-directory record of a zip held in memory: where it is, and its comment.
 * The record is found by scanning back from the end for its signature with a comment length that reaches
 * exactly to the end of the file, as zip readers do; with ZIP64 the classic record is still the last one.
 */
record ZipEndRecord(int offset, int commentLength) {

    static final int SIGNATURE = 0x06054b50;
    static final int FIXED_LENGTH = 22;
    static final int COMMENT_LENGTH_FIELD = 20;
    static final int MAX_COMMENT_LENGTH = 0xFFFF;

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Finds the record, or empty when the bytes do not end like a zip. */
    static Optional<ZipEndRecord> locate(byte[] zip) {
        int lowest = Math.max(0, zip.length - FIXED_LENGTH - MAX_COMMENT_LENGTH);
        for (int at = zip.length - FIXED_LENGTH; at >= lowest; at--) {
            if (intAt(zip, at) == SIGNATURE) {
                int declared = shortAt(zip, at + COMMENT_LENGTH_FIELD);
                if (declared == zip.length - at - FIXED_LENGTH) {
                    return Optional.of(new ZipEndRecord(at, declared));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the bytes of {@code marker} occur in the last stretch of the file that could hold a comment. */
    static boolean tailContains(byte[] zip, byte[] marker) {
        int from = Math.max(0, zip.length - FIXED_LENGTH - MAX_COMMENT_LENGTH);
        for (int at = from; at + marker.length <= zip.length; at++) {
            if (Arrays.equals(zip, at, at + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    byte[] comment(byte[] zip) {
        return Arrays.copyOfRange(zip, commentStart(), zip.length);
    }

    /** SHA-384 (lower-case hex) of the zip with its comment stripped and the comment length set to 0. */
    String payloadDigest(byte[] zip) {
        MessageDigest sha384 = sha384();
        sha384.update(zip, 0, offset + COMMENT_LENGTH_FIELD);
        sha384.update(new byte[2]);
        return HexFormat.of().formatHex(sha384.digest());
    }

    /** The same zip with {@code comment} in place of its current comment and the length field updated. */
    byte[] withComment(byte[] zip, byte[] comment) {
        if (comment.length > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("A zip comment holds at most 65535 bytes, not " + comment.length);
        }
        byte[] result = Arrays.copyOf(zip, commentStart() + comment.length);
        SHORT_LE.set(result, offset + COMMENT_LENGTH_FIELD, (short) comment.length);
        System.arraycopy(comment, 0, result, commentStart(), comment.length);
        return result;
    }

    private int commentStart() {
        return offset + FIXED_LENGTH;
    }

    static MessageDigest sha384() {
        try {
            return MessageDigest.getInstance("SHA-384");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-384", e);
        }
    }

    static int intAt(byte[] bytes, int at) {
        return (int) INT_LE.get(bytes, at);
    }

    static int shortAt(byte[] bytes, int at) {
        return Short.toUnsignedInt((short) SHORT_LE.get(bytes, at));
    }

    static long longAt(byte[] bytes, int at) {
        return (long) LONG_LE.get(bytes, at);
    }
}

package dev.lambdadesk.local.signing;

import java.util.zip.ZipException;

/**
 * Reads the shape of a zip's central directory (classic or ZIP64) without inflating anything: where it lies,
 * and that it holds exactly the number of well-formed file headers the end record announces.
 */
final class CentralDirectory {

    private static final int HEADER_SIGNATURE = 0x02014b50;
    private static final int HEADER_FIXED_LENGTH = 46;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_LOCATOR_LENGTH = 20;
    private static final int ZIP64_RECORD_SIGNATURE = 0x06064b50;
    private static final int ZIP64_RECORD_FIXED_LENGTH = 56;

    private CentralDirectory() {
    }

    /** The number of entries, after checking every central file header; a {@link ZipException} says what is wrong. */
    static long entryCount(byte[] zip, ZipEndRecord end) throws ZipException {
        int eocd = end.offset();
        long entries = ZipEndRecord.shortAt(zip, eocd + 10);
        long size = Integer.toUnsignedLong(ZipEndRecord.intAt(zip, eocd + 12));
        long directoryEnd = eocd;
        int locator = eocd - ZIP64_LOCATOR_LENGTH;
        if (locator >= 0 && ZipEndRecord.intAt(zip, locator) == ZIP64_LOCATOR_SIGNATURE) {
            long record = ZipEndRecord.longAt(zip, locator + 8);
            if (record < 0 || record > locator - ZIP64_RECORD_FIXED_LENGTH
                    || ZipEndRecord.intAt(zip, (int) record) != ZIP64_RECORD_SIGNATURE) {
                throw new ZipException("the ZIP64 end record the locator points to is missing");
            }
            entries = ZipEndRecord.longAt(zip, (int) record + 32);
            size = ZipEndRecord.longAt(zip, (int) record + 40);
            directoryEnd = record;
        }
        long start = directoryEnd - size;
        if (size < 0 || start < 0) {
            throw new ZipException("the central directory is larger than the file");
        }
        return countHeaders(zip, (int) start, (int) directoryEnd, entries);
    }

    private static long countHeaders(byte[] zip, int start, int end, long announced) throws ZipException {
        long found = 0;
        int at = start;
        while (at < end) {
            if (at + HEADER_FIXED_LENGTH > end || ZipEndRecord.intAt(zip, at) != HEADER_SIGNATURE) {
                throw new ZipException("central directory entry " + (found + 1) + " is damaged");
            }
            at += HEADER_FIXED_LENGTH + ZipEndRecord.shortAt(zip, at + 28) + ZipEndRecord.shortAt(zip, at + 30)
                    + ZipEndRecord.shortAt(zip, at + 32);
            found++;
        }
        if (at != end || found != announced) {
            throw new ZipException("the central directory holds " + found + " entries but the end record announces "
                    + announced);
        }
        return found;
    }
}

package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An append-only file of journal lines with group commit: appends go to the OS at once (under the store's write
 * lock); {@link #awaitDurable} fsyncs, and one fsync covers every append made before it started.
 * <p>
 * The file is zero-filled ahead of the appends, a few megabytes at a time, so that the fsync after an append has only
 * data to flush and no file size to record (which on journaling file systems waits for a metadata commit). Recovery
 * reads the zeros after the last line as the end of the journal; {@link #close} cuts them off.
 */
final class Journal implements AutoCloseable {

    static final int PREALLOCATE_BYTES = 4 * 1024 * 1024;
    private static final int ZERO_CHUNK = 64 * 1024;

    private final long generation;
    private final FileChannel channel;
    private final ReentrantLock syncLock = new ReentrantLock();
    private long allocated;
    private volatile long written;
    private volatile long durable;

    private Journal(long generation, FileChannel channel, long length) {
        this.generation = generation;
        this.channel = channel;
        this.allocated = length;
        this.written = length;
        this.durable = length;
    }

    /** Opens (creating if needed) a journal for appending after its first {@code validLength} bytes. */
    static Journal open(Path path, long generation, long validLength) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.size() > validLength) {
            channel.truncate(validLength);
            channel.force(true);
        }
        return new Journal(generation, channel, validLength);
    }

    long generation() {
        return generation;
    }

    long size() {
        return written;
    }

    /** Writes a line; the caller holds the store's write lock. Returns the position durability must reach. */
    long append(byte[] line) throws IOException {
        long position = written;
        preallocate(position + line.length);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        written = position;
        return position;
    }

    /** Returns once every byte up to {@code position} is on disk. */
    void awaitDurable(long position) throws IOException {
        if (durable >= position) {
            return;
        }
        syncLock.lock();
        try {
            if (durable >= position) {
                return;
            }
            long target = written;
            channel.force(false);
            durable = target;
        } finally {
            syncLock.unlock();
        }
    }

    /** Zero-fills the file up to at least {@code end}; the next fsync makes the new length durable once. */
    private void preallocate(long end) throws IOException {
        if (end <= allocated) {
            return;
        }
        long target = Math.max(end, allocated + PREALLOCATE_BYTES);
        ByteBuffer zeros = ByteBuffer.allocate(ZERO_CHUNK);
        for (long at = allocated; at < target; ) {
            zeros.clear().limit((int) Math.min(ZERO_CHUNK, target - at));
            at += channel.write(zeros, at);
        }
        allocated = target;
    }

    @Override
    public void close() throws IOException {
        syncLock.lock();
        try {
            if (channel.isOpen()) {
                channel.truncate(written);
                channel.force(true);
                durable = written;
                channel.close();
            }
        } finally {
            syncLock.unlock();
        }
    }
}

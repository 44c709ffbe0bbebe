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
 */
final class Journal implements AutoCloseable {

    private final long generation;
    private final FileChannel channel;
    private final ReentrantLock syncLock = new ReentrantLock();
    private volatile long written;
    private volatile long durable;

    private Journal(long generation, FileChannel channel, long length) {
        this.generation = generation;
        this.channel = channel;
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
        channel.position(validLength);
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
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        written += line.length;
        return written;
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

    @Override
    public void close() throws IOException {
        syncLock.lock();
        try {
            if (channel.isOpen()) {
                channel.force(false);
                durable = written;
                channel.close();
            }
        } finally {
            syncLock.unlock();
        }
    }
}

package dev.lambdadesk.local.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Small blobs packed many to a file: {@code dir/pack-<uuid>.pack}, each a sequence of records
 * {@code [32-byte SHA-256][4-byte length][bytes]} after a magic header. A pack is written whole to a temporary file,
 * fsynced and renamed into place, so one that exists is complete and durable: a batch of blobs costs one file and one
 * fsync instead of one of each per blob. The index (blob id to pack and offset) is kept in memory and rebuilt from the
 * packs' record headers on open.
 */
final class BlobPacks {

    private static final Logger LOG = Logger.getLogger(BlobPacks.class.getName());
    private static final byte[] MAGIC = {'L', 'D', 'P', 'A', 'C', 'K', '1', '\n'};
    private static final int RECORD_HEADER = 32 + 4;
    private static final String SUFFIX = ".pack";

    /** Where one blob lives. */
    private record Location(Path pack, long offset, int length) {
    }

    private final Path dir;
    private final Map<String, Location> index = new ConcurrentHashMap<>();

    BlobPacks(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    load(file);
                } else if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(file); // a pack whose writing a crash cut short: its blobs are journaled
                }
            }
        }
    }

    boolean contains(String id) {
        return index.containsKey(id);
    }

    int size() {
        return index.size();
    }

    /** The blob's bytes, or empty when no pack holds it (or its record no longer matches its id). */
    Optional<byte[]> read(String id) throws IOException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Location at = index.get(id);
            if (at == null) {
                return Optional.empty();
            }
            Optional<byte[]> bytes = read(id, at);
            if (bytes.isPresent() || index.get(id) == at) {
                return bytes;
            }
            // The pack was rewritten while it was read: look again.
        }
        return Optional.empty();
    }

    private Optional<byte[]> read(String id, Location at) throws IOException {
        byte[] bytes = new byte[at.length()];
        try (FileChannel channel = FileChannel.open(at.pack(), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at.offset() + buffer.position()) < 0) {
                    return Optional.empty();
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!id.equals(HexFormat.of().formatHex(BlobStore.sha256(bytes)))) {
            LOG.severe(() -> "The packed blob " + id + " in " + at.pack() + " does not match its id");
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /** Writes {@code blobs} (hex id to bytes) durably as one new pack and indexes them. */
    void write(Map<String, byte[]> blobs) throws IOException {
        if (blobs.isEmpty()) {
            return;
        }
        Path pack = dir.resolve("pack-" + UUID.randomUUID() + SUFFIX);
        Path temporary = dir.resolve(pack.getFileName() + ".tmp");
        Map<String, Location> written = new HashMap<>();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            OutputStream stream = Channels.newOutputStream(channel);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            out.write(MAGIC);
            long offset = MAGIC.length;
            for (Map.Entry<String, byte[]> blob : blobs.entrySet()) {
                out.write(HexFormat.of().parseHex(blob.getKey()));
                out.writeInt(blob.getValue().length);
                out.write(blob.getValue());
                offset += RECORD_HEADER;
                written.put(blob.getKey(), new Location(pack, offset, blob.getValue().length));
                offset += blob.getValue().length;
            }
            out.flush();
            channel.force(true);
        }
        Files.move(temporary, pack, StandardCopyOption.ATOMIC_MOVE);
        StoreFiles.syncDirectory(dir);
        index.putAll(written);
    }

    /** The ids of every packed blob. */
    Set<String> ids() {
        return Set.copyOf(index.keySet());
    }

    /** Drops a blob from the index; its bytes stay in their pack until {@link #rewriteSparse} rewrites it. */
    boolean forget(String id) {
        return index.remove(id) != null;
    }

    /**
     * Rewrites each pack left less than half used with what it still holds (a new pack first, then the old one
     * goes) and deletes unused ones. Reads meanwhile find the blobs in one pack or the other.
     */
    void rewriteSparse() throws IOException {
        Map<Path, List<String>> live = new HashMap<>();
        for (Map.Entry<String, Location> entry : index.entrySet()) {
            live.computeIfAbsent(entry.getValue().pack(), p -> new ArrayList<>()).add(entry.getKey());
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path pack : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                List<String> ids = live.getOrDefault(pack, List.of());
                long used = 0;
                for (String id : ids) {
                    Location at = index.get(id);
                    used += at == null ? 0 : RECORD_HEADER + at.length();
                }
                if (used * 2 >= Files.size(pack)) {
                    continue;
                }
                Map<String, byte[]> keep = new HashMap<>();
                for (String id : ids) {
                    read(id).ifPresent(bytes -> keep.put(id, bytes));
                }
                write(keep);
                Files.deleteIfExists(pack);
            }
        }
    }

    /** Forgets the blobs not in {@code referenced} and rewrites sparse packs; returns how many were dropped. */
    int retainOnly(Set<String> referenced) throws IOException {
        int dropped = 0;
        for (String id : ids()) {
            if (!referenced.contains(id) && forget(id)) {
                dropped++;
            }
        }
        rewriteSparse();
        return dropped;
    }

    /** Indexes a pack's records; a damaged one is indexed up to the damage (recovery has the journal for the rest). */
    private void load(Path pack) throws IOException {
        try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
            channel.read(magic, 0);
            if (!Arrays.equals(magic.array(), MAGIC)) {
                LOG.severe(() -> "Ignoring " + pack + ": not a blob pack");
                return;
            }
            ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER);
            long offset = MAGIC.length;
            while (offset < size) {
                header.clear();
                while (header.hasRemaining() && channel.read(header, offset + header.position()) > 0) {
                    // read the whole record header
                }
                int length = header.getInt(32);
                if (header.hasRemaining() || length < 0 || offset + RECORD_HEADER + length > size) {
                    long at = offset;
                    LOG.severe(() -> "The blob pack " + pack + " is damaged at byte " + at + "; later blobs skipped");
                    return;
                }
                String id = HexFormat.of().formatHex(header.array(), 0, 32);
                index.put(id, new Location(pack, offset + RECORD_HEADER, length));
                offset += RECORD_HEADER + length;
            }
        }
    }
}

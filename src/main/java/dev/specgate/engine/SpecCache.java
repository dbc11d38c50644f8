package dev.specgate.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incremental cache of one check: the {@link SpecOutcome} of each spec by its content hash, valid for one
 * {@link CacheKey}. A spec whose bytes are unchanged takes its outcome from here instead of being parsed and checked
 * again. The file is binary ({@link CacheCodec}); one that cannot be read, or was written under another key, is
 * ignored (the listener gets a debug line) and replaced after the check.
 *
 * <p>Each entry also holds the size and modification time the spec had when it was read. A spec whose size and time
 * are those, and whose time lies well before the cache was written, is not read again: its recorded hash stands
 * (as git's index trusts a file's stat data). A spec changed within {@link #RACY_MILLIS} of the write is always read
 * and hashed, so an edit in the same clock tick as a check is never missed.
 *
 * <p>Lookups may come from several workers; recording happens on the calling thread, in spec order. The file is
 * rewritten only when the check changed something in it.
 */
final class SpecCache {

    /** How close to the cache's writing a spec's modification time makes its stat data untrustworthy. */
    static final long RACY_MILLIS = 3_000;

    private final Map<String, Entry> previous;
    private final long previousWrittenAt;
    private final Map<String, Entry> current = new HashMap<>();
    private final String key;
    private boolean changed;

    private SpecCache(String key, Map<String, Entry> previous, long previousWrittenAt) {
        this.key = key;
        this.previous = previous;
        this.previousWrittenAt = previousWrittenAt;
        this.changed = previous.isEmpty();
    }

    /**
     * A cached outcome, the hash of the bytes it was computed from and the file's stat data when they were read.
     *
     * @param size the file's size in bytes
     * @param modified the file's modification time in milliseconds
     */
    record Entry(String contentHash, long size, long modified, SpecOutcome outcome) {}

    /** What {@link CacheCodec} reads from a file written under the expected key. */
    record Contents(long writtenAt, Map<String, Entry> entries) {}

    /** Reads the cache file if it exists and matches the key; else an empty cache for that key. */
    static SpecCache load(Path file, String key, SpecSetListener listener) {
        if (!Files.exists(file)) {
            return new SpecCache(key, Map.of(), 0);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream data = new DataInputStream(in);
            Optional<Contents> contents = CacheCodec.read(data, key);
            if (contents.isEmpty()) {
                listener.debug("Spec cache " + file + " was written for another plugin version, template or"
                        + " configuration; checking every spec");
                return new SpecCache(key, Map.of(), 0);
            }
            return new SpecCache(
                    key,
                    new ConcurrentHashMap<>(contents.get().entries()),
                    contents.get().writtenAt());
        } catch (NoSuchFileException e) {
            return new SpecCache(key, Map.of(), 0);
        } catch (IOException | RuntimeException e) {
            listener.debug("Ignoring the unreadable spec cache " + file + " (" + e + "); checking every spec");
            return new SpecCache(key, Map.of(), 0);
        }
    }

    /**
     * The entry of the spec known as {@code id} when the file still has the recorded size and modification time and
     * that time lies safely before the cache was written: its bytes need not be read again.
     */
    Optional<Entry> lookup(String id, long size, long modified) {
        Entry entry = previous.get(id);
        return entry != null
                        && entry.size() == size
                        && entry.modified() == modified
                        && modified < previousWrittenAt - RACY_MILLIS
                ? Optional.of(entry)
                : Optional.empty();
    }

    /** The outcome cached for the spec known as {@code id} when its content hash is unchanged. */
    Optional<SpecOutcome> lookup(String id, String contentHash) {
        Entry entry = previous.get(id);
        return entry != null && entry.contentHash().equals(contentHash)
                ? Optional.of(entry.outcome())
                : Optional.empty();
    }

    /** Records a spec's outcome for the next build. */
    void record(String id, Entry entry) {
        current.put(id, entry);
        Entry old = previous.get(id);
        if (old != entry && !entry.equals(old)) {
            changed = true;
        }
    }

    /**
     * Replaces the cache file with what this check recorded, atomically where the file system can; leaves it as it
     * is when every spec came from it unchanged.
     */
    void write(Path file) throws IOException {
        if (!changed && current.keySet().equals(previous.keySet()) && Files.isRegularFile(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                DataOutputStream data = new DataOutputStream(out);
                CacheCodec.write(data, key, System.currentTimeMillis(), current);
                data.flush();
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incremental cache of one check: the {@link SpecOutcome} of each spec by its content hash, valid for one
 * {@link CacheKey}. A spec whose bytes are unchanged takes its outcome from here instead of being parsed and checked
 * again. The file is binary ({@link CacheCodec}); one that cannot be read, or was written under another key, is
 * ignored (the listener gets a debug line) and replaced after the check.
 *
 * <p>Lookups may come from several workers; recording happens on the calling thread, in spec order.
 */
final class SpecCache {

    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new LinkedHashMap<>();
    private final String key;

    private SpecCache(String key, Map<String, Entry> previous) {
        this.key = key;
        this.previous = previous;
    }

    /** A cached outcome and the hash of the bytes it was computed from. */
    record Entry(String contentHash, SpecOutcome outcome) {}

    /** Reads the cache file if it exists and matches the key; else an empty cache for that key. */
    static SpecCache load(Path file, String key, SpecSetListener listener) {
        if (!Files.exists(file)) {
            return new SpecCache(key, Map.of());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            DataInputStream data = new DataInputStream(in);
            Optional<Map<String, Entry>> entries = CacheCodec.read(data, key);
            if (entries.isEmpty()) {
                listener.debug("Spec cache " + file + " was written for another plugin version, template or"
                        + " configuration; checking every spec");
                return new SpecCache(key, Map.of());
            }
            return new SpecCache(key, new ConcurrentHashMap<>(entries.get()));
        } catch (NoSuchFileException e) {
            return new SpecCache(key, Map.of());
        } catch (IOException | RuntimeException e) {
            listener.debug("Ignoring the unreadable spec cache " + file + " (" + e + "); checking every spec");
            return new SpecCache(key, Map.of());
        }
    }

    /** The outcome cached for the spec known as {@code id} when its content hash is unchanged. */
    Optional<SpecOutcome> lookup(String id, String contentHash) {
        Entry entry = previous.get(id);
        return entry != null && entry.contentHash().equals(contentHash)
                ? Optional.of(entry.outcome())
                : Optional.empty();
    }

    /** Records a spec's outcome for the next build. */
    void record(String id, String contentHash, SpecOutcome outcome) {
        current.put(id, new Entry(contentHash, outcome));
    }

    /** Replaces the cache file with what this check recorded, atomically where the file system can. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                DataOutputStream data = new DataOutputStream(out);
                CacheCodec.write(data, key, new HashMap<>(current));
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

package dev.specgate.model;

import java.util.List;
import java.util.Optional;

/** The metadata fields of a spec in document order. Keys compare case-insensitively (see {@link MetadataEntry}). */
public record Metadata(List<MetadataEntry> entries) {

    public static final Metadata EMPTY = new Metadata(List.of());

    public Metadata {
        entries = List.copyOf(entries);
    }

    /** The first entry with this key, compared as {@link MetadataEntry#normalize(String)} does. */
    public Optional<MetadataEntry> get(String key) {
        String wanted = MetadataEntry.normalize(key);
        return entries.stream().filter(e -> e.normalizedKey().equals(wanted)).findFirst();
    }
}

package dev.specgate.engine;

import dev.specgate.rules.ApprovalInputs;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a cache is valid for: the plugin (its version, and its jar's size and time, so that a rebuilt jar of the same
 * version does not use an older cache), the encoding, the severities and, per spec set, its directory, includes,
 * excludes and overrides, the template's text and the recorded approvals. Any difference gives another key, and a
 * cache with another key is not used at all.
 */
final class CacheKey {

    private CacheKey() {}

    /**
     * The key as hex SHA-256; {@code templates} holds each set's template text and {@code approvals} its recorded
     * approvals (the lock file's entries), in the order of the sets.
     */
    static String of(
            CheckRequest request, String pluginVersion, List<String> templates, List<ApprovalInputs> approvals) {
        StringBuilder text = new StringBuilder();
        text.append("plugin ")
                .append(pluginVersion)
                .append(' ')
                .append(codeStamp())
                .append('\n');
        text.append("encoding ").append(request.encoding().name()).append('\n');
        text.append("severities ").append(canonical(request.severities())).append('\n');
        for (int i = 0; i < request.specSets().size(); i++) {
            text.append("set ").append(canonical(request.specSets().get(i))).append('\n');
            text.append("template ").append(templates.get(i).length()).append('\n');
            text.append(templates.get(i)).append('\n');
            text.append("approvals ").append(canonical(approvals.get(i))).append('\n');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256 of the bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    /**
     * A stable text of a configuration value: records component by component, maps sorted by key (their iteration
     * order may change from one JVM to the next), everything else by its {@code toString}.
     */
    static String canonical(Object value) {
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                out.append(component.getName())
                        .append('=')
                        .append(canonical(read(component, record)))
                        .append(';');
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
            return sorted.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(CacheKey::canonical).toList().toString();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(v -> "Optional[" + canonical(v) + "]").orElse("Optional.empty");
        }
        return String.valueOf(value);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /** The plugin jar's size and modification time, so that a rebuilt snapshot does not use an older cache. */
    private static String codeStamp() {
        try {
            var source = CacheKey.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "";
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location)
                    ? Files.size(location) + "@"
                            + Files.getLastModifiedTime(location).toMillis()
                    : "";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }
}

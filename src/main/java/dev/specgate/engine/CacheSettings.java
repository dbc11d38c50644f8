package dev.specgate.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the incremental cache lives and what it is bound to.
 *
 * @param file the cache file (under the build directory); read when it exists, replaced after a check that changed
 *     something in it
 * @param pluginVersion the plugin's version: a cache written by another version is not used
 */
public record CacheSettings(Path file, String pluginVersion) {

    public CacheSettings {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pluginVersion, "pluginVersion");
    }
}

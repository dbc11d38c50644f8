package dev.specgate.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What an IT's project holds outside its {@code target/} directories, so that the IT can show that the goals it ran
 * changed none of it: the pre-build script {@link #remember(Path) remembers} every file's digest in
 * {@code target/project-files.txt}, the verify script {@link #assertUnchanged(Path) compares}. The build log Invoker
 * writes beside the POM is not the project's.
 */
public final class ProjectFiles {

    private static final String SNAPSHOT = "target/project-files.txt";

    private ProjectFiles() {}

    /** Writes the digest of every file outside {@code target/} to {@code target/project-files.txt}. */
    public static void remember(Path basedir) throws IOException {
        Path snapshot = basedir.resolve(SNAPSHOT);
        Files.createDirectories(snapshot.getParent());
        List<String> lines = new ArrayList<>();
        digests(basedir).forEach((path, digest) -> lines.add(digest + " " + path));
        Files.write(snapshot, lines, StandardCharsets.UTF_8);
    }

    /** Fails, naming each file, when a file outside {@code target/} was added, removed or changed since then. */
    public static void assertUnchanged(Path basedir) throws IOException {
        Map<String, String> before = new TreeMap<>();
        for (String line : Files.readAllLines(basedir.resolve(SNAPSHOT), StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            before.put(line.substring(space + 1), line.substring(0, space));
        }
        Map<String, String> after = digests(basedir);
        List<String> changes = new ArrayList<>();
        before.forEach((path, digest) -> {
            if (!after.containsKey(path)) {
                changes.add("removed " + path);
            } else if (!after.get(path).equals(digest)) {
                changes.add("changed " + path);
            }
        });
        after.keySet().stream().filter(path -> !before.containsKey(path)).forEach(path -> changes.add("added " + path));
        if (!changes.isEmpty()) {
            throw new AssertionError("files outside target/ changed: " + changes);
        }
    }

    private static Map<String, String> digests(Path basedir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(basedir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = basedir.relativize(file).toString().replace('\\', '/');
                boolean inTarget = path.startsWith("target/") || path.contains("/target/");
                if (!inTarget && !path.equals("build.log")) {
                    digests.put(path, sha256(Files.readAllBytes(file)));
                }
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

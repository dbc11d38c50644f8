package dev.specgate.engine;

import dev.specgate.gate.Suppression;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import dev.specgate.rules.Requirement;
import dev.specgate.rules.SignOffProgress;
import dev.specgate.rules.SpecFacts;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The binary form of the cache file: a magic line, the format version, the key, then one record per spec. */
final class CacheCodec {

    private static final String MAGIC = "spec-maven-plugin cache";
    private static final int FORMAT = 2;
    private static final int MAX_STRING = 64 * 1024 * 1024;

    private CacheCodec() {}

    static void write(DataOutputStream out, String key, Map<String, SpecCache.Entry> entries) throws IOException {
        string(out, MAGIC);
        out.writeInt(FORMAT);
        string(out, key);
        out.writeInt(entries.size());
        for (Map.Entry<String, SpecCache.Entry> e : entries.entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue().contentHash());
            outcome(out, e.getValue().outcome());
        }
    }

    /** The entries, or empty when the file was written for another key or format; corrupt input throws. */
    static Optional<Map<String, SpecCache.Entry>> read(DataInputStream in, String key) throws IOException {
        if (!MAGIC.equals(string(in)) || in.readInt() != FORMAT) {
            throw new IOException("not a spec cache file of format " + FORMAT);
        }
        if (!key.equals(string(in))) {
            return Optional.empty();
        }
        int count = count(in);
        Map<String, SpecCache.Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = string(in);
            entries.put(id, new SpecCache.Entry(string(in), outcome(in)));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes after " + count + " entries");
        }
        return Optional.of(entries);
    }

    private static void outcome(DataOutputStream out, SpecOutcome o) throws IOException {
        string(out, o.file());
        out.writeInt(o.findings().size());
        for (GatedFinding g : o.findings()) {
            Finding f = g.finding();
            string(out, f.ruleId());
            string(out, f.severity().name());
            string(out, f.file());
            location(out, f.location());
            string(out, f.message());
            out.writeInt(f.templateLine().orElse(0));
            string(out, g.section());
        }
        out.writeInt(o.suppressed());
        requirements(out, o.facts().definitions());
        requirements(out, o.facts().references());
        out.writeInt(o.suppressions().size());
        for (Suppression s : o.suppressions()) {
            out.writeInt(s.rules().size());
            for (String rule : s.rules().stream().sorted().toList()) {
                string(out, rule);
            }
            out.writeInt(s.firstLine());
            out.writeInt(s.lastLine());
            string(out, s.reason());
        }
        out.writeBoolean(o.status().isPresent());
        string(out, o.status().orElse(""));
        out.writeInt(o.factSections().size());
        for (Map.Entry<Integer, String> e : o.factSections().entrySet()) {
            out.writeInt(e.getKey());
            string(out, e.getValue());
        }
        SpecSummary summary = o.summary();
        string(out, summary.title());
        optional(out, summary.author());
        optional(out, summary.lastDate());
        out.writeBoolean(summary.signOff().isPresent());
        if (summary.signOff().isPresent()) {
            SignOffProgress signOff = summary.signOff().get();
            out.writeInt(signOff.approved());
            out.writeInt(signOff.required());
            out.writeBoolean(signOff.hasTable());
        }
    }

    private static SpecOutcome outcome(DataInputStream in) throws IOException {
        String file = string(in);
        int findingCount = count(in);
        List<GatedFinding> findings = new ArrayList<>(findingCount);
        for (int i = 0; i < findingCount; i++) {
            String rule = string(in);
            Severity severity = Severity.valueOf(string(in));
            String findingFile = string(in);
            SourceLocation location = location(in);
            String message = string(in);
            int templateLine = in.readInt();
            OptionalInt from = templateLine > 0 ? OptionalInt.of(templateLine) : OptionalInt.empty();
            findings.add(
                    new GatedFinding(new Finding(rule, severity, findingFile, location, message, from), string(in)));
        }
        int suppressed = in.readInt();
        SpecFacts facts = new SpecFacts(file, requirements(in), requirements(in));
        int suppressionCount = count(in);
        List<Suppression> suppressions = new ArrayList<>(suppressionCount);
        for (int i = 0; i < suppressionCount; i++) {
            int ruleCount = count(in);
            Set<String> rules = new HashSet<>();
            for (int r = 0; r < ruleCount; r++) {
                rules.add(string(in));
            }
            suppressions.add(new Suppression(rules, in.readInt(), in.readInt(), string(in)));
        }
        boolean hasStatus = in.readBoolean();
        String status = string(in);
        int sectionCount = count(in);
        Map<Integer, String> sections = new HashMap<>();
        for (int i = 0; i < sectionCount; i++) {
            sections.put(in.readInt(), string(in));
        }
        Optional<String> specStatus = hasStatus ? Optional.of(status) : Optional.empty();
        String title = string(in);
        Optional<String> author = optional(in);
        Optional<String> lastDate = optional(in);
        Optional<SignOffProgress> signOff = in.readBoolean()
                ? Optional.of(new SignOffProgress(in.readInt(), in.readInt(), in.readBoolean()))
                : Optional.empty();
        // A summary's requirement sections are those of the spec's definitions, which the facts hold already.
        Map<String, String> requirementSections = new LinkedHashMap<>();
        for (Requirement r : facts.definitions()) {
            requirementSections.putIfAbsent(r.id(), sections.getOrDefault(r.line(), ""));
        }
        SpecSummary summary = new SpecSummary(file, title, specStatus, author, lastDate, signOff, requirementSections);
        return new SpecOutcome(file, findings, suppressed, facts, suppressions, specStatus, sections, summary);
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            string(out, value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
    }

    private static void requirements(DataOutputStream out, List<Requirement> requirements) throws IOException {
        out.writeInt(requirements.size());
        for (Requirement r : requirements) {
            string(out, r.id());
            string(out, r.file());
            location(out, r.location());
            string(out, r.text());
        }
    }

    private static List<Requirement> requirements(DataInputStream in) throws IOException {
        int count = count(in);
        List<Requirement> requirements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requirements.add(new Requirement(string(in), string(in), location(in), string(in)));
        }
        return requirements;
    }

    private static void location(DataOutputStream out, SourceLocation location) throws IOException {
        out.writeInt(location.line());
        out.writeInt(location.column());
    }

    private static SourceLocation location(DataInputStream in) throws IOException {
        return SourceLocation.of(in.readInt(), in.readInt());
    }

    /** Strings are written as UTF-16 code units, so that any text (lone surrogates included) comes back as it was. */
    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] bytes = new byte[value.length() * 2];
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            bytes[2 * i] = (byte) (c >>> 8);
            bytes[2 * i + 1] = (byte) c;
        }
        out.writeInt(value.length());
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("bad string length " + length);
        }
        byte[] bytes = new byte[length * 2];
        in.readFully(bytes);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("bad count " + count);
        }
        return count;
    }
}

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

/**
 * The binary form of the cache file: a magic line, the format version, the key, when it was written, then one record
 * per spec. Every string is written once: later uses refer to its first (messages, rule ids, sections and paths
 * repeat across thousands of findings), and the strings read back are shared the same way. Characters are written as
 * one to three bytes each (as in Java's modified UTF-8), so any text, lone surrogates included, comes back as it was.
 */
final class CacheCodec {

    private static final String MAGIC = "spec-maven-plugin cache";
    private static final int FORMAT = 4;
    private static final int MAX_STRING = 64 * 1024 * 1024;

    private CacheCodec() {}

    static void write(DataOutputStream out, String key, long writtenAt, Map<String, SpecCache.Entry> entries)
            throws IOException {
        Writer w = new Writer(out);
        w.string(MAGIC);
        out.writeInt(FORMAT);
        w.string(key);
        out.writeLong(writtenAt);
        out.writeInt(entries.size());
        for (Map.Entry<String, SpecCache.Entry> e : entries.entrySet()) {
            SpecCache.Entry entry = e.getValue();
            w.string(e.getKey());
            w.string(entry.contentHash());
            out.writeLong(entry.size());
            out.writeLong(entry.modified());
            w.outcome(entry.outcome());
        }
    }

    /** The entries, or empty when the file was written for another key; another format or corrupt input throws. */
    static Optional<SpecCache.Contents> read(DataInputStream in, String key) throws IOException {
        Reader r = new Reader(in);
        if (!MAGIC.equals(r.string()) || in.readInt() != FORMAT) {
            throw new IOException("not a spec cache file of format " + FORMAT);
        }
        if (!key.equals(r.string())) {
            return Optional.empty();
        }
        long writtenAt = in.readLong();
        int count = r.count();
        Map<String, SpecCache.Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = r.string();
            String hash = r.string();
            long size = in.readLong();
            long modified = in.readLong();
            entries.put(id, new SpecCache.Entry(hash, size, modified, r.outcome()));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes after " + count + " entries");
        }
        return Optional.of(new SpecCache.Contents(writtenAt, entries));
    }

    /** Writes values, each string's characters only the first time. */
    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> known = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void outcome(SpecOutcome o) throws IOException {
            string(o.file());
            out.writeInt(o.findings().size());
            for (GatedFinding g : o.findings()) {
                Finding f = g.finding();
                string(f.ruleId());
                out.writeByte(f.severity().ordinal());
                string(f.file());
                location(f.location());
                string(f.message());
                out.writeInt(f.templateLine().orElse(0));
                string(g.section());
            }
            out.writeInt(o.suppressed());
            requirements(o.facts().definitions());
            requirements(o.facts().references());
            out.writeInt(o.suppressions().size());
            for (Suppression s : o.suppressions()) {
                out.writeInt(s.rules().size());
                for (String rule : s.rules().stream().sorted().toList()) {
                    string(rule);
                }
                out.writeInt(s.firstLine());
                out.writeInt(s.lastLine());
                string(s.reason());
            }
            optional(o.status());
            out.writeInt(o.factSections().size());
            for (Map.Entry<Integer, String> e : o.factSections().entrySet()) {
                out.writeInt(e.getKey());
                string(e.getValue());
            }
            SpecSummary summary = o.summary();
            string(summary.title());
            optional(summary.author());
            optional(summary.lastDate());
            out.writeBoolean(summary.signOff().isPresent());
            if (summary.signOff().isPresent()) {
                SignOffProgress signOff = summary.signOff().get();
                out.writeInt(signOff.approved());
                out.writeInt(signOff.required());
                out.writeBoolean(signOff.hasTable());
            }
            out.writeBoolean(o.approvedRow());
        }

        private void requirements(List<Requirement> requirements) throws IOException {
            out.writeInt(requirements.size());
            for (Requirement r : requirements) {
                string(r.id());
                string(r.file());
                location(r.location());
                string(r.text());
            }
        }

        private void location(SourceLocation location) throws IOException {
            out.writeInt(location.line());
            out.writeInt(location.column());
        }

        private void optional(Optional<String> value) throws IOException {
            out.writeBoolean(value.isPresent());
            if (value.isPresent()) {
                string(value.get());
            }
        }

        /** A string seen before as {@code -(its number) - 1}; a new one as its length and its characters. */
        void string(String value) throws IOException {
            Integer seen = known.get(value);
            if (seen != null) {
                out.writeInt(-seen - 1);
                return;
            }
            known.put(value, known.size());
            out.writeInt(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c != 0 && c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xC0 | (c >> 6));
                    out.write(0x80 | (c & 0x3F));
                } else {
                    out.write(0xE0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3F));
                    out.write(0x80 | (c & 0x3F));
                }
            }
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader {
        private final DataInputStream in;
        private final List<String> known = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        SpecOutcome outcome() throws IOException {
            String file = string();
            int findingCount = count();
            List<GatedFinding> findings = new ArrayList<>(findingCount);
            Severity[] severities = Severity.values();
            for (int i = 0; i < findingCount; i++) {
                String rule = string();
                int severity = in.readUnsignedByte();
                if (severity >= severities.length) {
                    throw new IOException("bad severity " + severity);
                }
                String findingFile = string();
                SourceLocation location = location();
                String message = string();
                int templateLine = in.readInt();
                OptionalInt from = templateLine > 0 ? OptionalInt.of(templateLine) : OptionalInt.empty();
                findings.add(new GatedFinding(
                        new Finding(rule, severities[severity], findingFile, location, message, from), string()));
            }
            int suppressed = in.readInt();
            SpecFacts facts = new SpecFacts(file, requirements(), requirements());
            int suppressionCount = count();
            List<Suppression> suppressions = new ArrayList<>(suppressionCount);
            for (int i = 0; i < suppressionCount; i++) {
                int ruleCount = count();
                Set<String> rules = new HashSet<>();
                for (int r = 0; r < ruleCount; r++) {
                    rules.add(string());
                }
                suppressions.add(new Suppression(rules, in.readInt(), in.readInt(), string()));
            }
            Optional<String> status = optional();
            int sectionCount = count();
            Map<Integer, String> sections = new HashMap<>();
            for (int i = 0; i < sectionCount; i++) {
                sections.put(in.readInt(), string());
            }
            String title = string();
            Optional<String> author = optional();
            Optional<String> lastDate = optional();
            Optional<SignOffProgress> signOff = in.readBoolean()
                    ? Optional.of(new SignOffProgress(in.readInt(), in.readInt(), in.readBoolean()))
                    : Optional.empty();
            // A summary's requirement sections are those of the spec's definitions, which the facts hold already.
            Map<String, String> requirementSections = new LinkedHashMap<>();
            for (Requirement r : facts.definitions()) {
                requirementSections.putIfAbsent(r.id(), sections.getOrDefault(r.line(), ""));
            }
            SpecSummary summary = new SpecSummary(file, title, status, author, lastDate, signOff, requirementSections);
            return new SpecOutcome(
                    file, findings, suppressed, facts, suppressions, status, sections, summary, in.readBoolean());
        }

        private List<Requirement> requirements() throws IOException {
            int count = count();
            List<Requirement> requirements = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                requirements.add(new Requirement(string(), string(), location(), string()));
            }
            return requirements;
        }

        private SourceLocation location() throws IOException {
            return SourceLocation.of(in.readInt(), in.readInt());
        }

        private Optional<String> optional() throws IOException {
            return in.readBoolean() ? Optional.of(string()) : Optional.empty();
        }

        String string() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                int index = -length - 1;
                if (index >= known.size()) {
                    throw new IOException("bad string reference " + index);
                }
                return known.get(index);
            }
            if (length > MAX_STRING) {
                throw new IOException("bad string length " + length);
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                int a = in.readUnsignedByte();
                if (a < 0x80) {
                    chars[i] = (char) a;
                } else if ((a & 0xE0) == 0xC0) {
                    chars[i] = (char) (((a & 0x1F) << 6) | (in.readUnsignedByte() & 0x3F));
                } else if ((a & 0xF0) == 0xE0) {
                    int b = in.readUnsignedByte();
                    chars[i] = (char) (((a & 0x0F) << 12) | ((b & 0x3F) << 6) | (in.readUnsignedByte() & 0x3F));
                } else {
                    throw new IOException("bad character byte " + a);
                }
            }
            String value = new String(chars);
            known.add(value);
            return value;
        }

        int count() throws IOException {
            int count = in.readInt();
            if (count < 0) {
                throw new IOException("bad count " + count);
            }
            return count;
        }
    }
}

package dev.specgate.engine;

import dev.specgate.approval.ApprovalEntry;
import dev.specgate.approval.ApprovalLock;
import dev.specgate.approval.ApprovalLockFile;
import dev.specgate.approval.SignOffRowEditor;
import dev.specgate.discovery.SpecFileReader;
import dev.specgate.discovery.SpecFileSet;
import dev.specgate.discovery.SpecReadException;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SpecDocument;
import dev.specgate.model.Table;
import dev.specgate.model.TableRow;
import dev.specgate.rules.ApprovalDriftRule;
import dev.specgate.rules.ApprovalInputs;
import dev.specgate.rules.ApprovalScope;
import dev.specgate.rules.SignOffTable;
import dev.specgate.schema.SignOffSpec;
import dev.specgate.schema.SpecSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records and revokes approvals in a spec set's lock file ({@code spec:approve}). An approval binds a role to the
 * hash of the spec's approvable content; it is refused while the spec has error findings. Knows nothing of Maven.
 */
public final class SpecApprover {

    private final SpecChecker checker;

    /** An approver whose specs' {@code spec:disable} comments may name the rules of {@code RuleSet}. */
    public SpecApprover() {
        this(Set.of());
    }

    /**
     * An approver whose specs' {@code spec:disable} comments may also name {@code moreRuleIds} (the trace rules), as
     * in {@link SpecChecker#SpecChecker(Set)}.
     */
    public SpecApprover(Set<String> moreRuleIds) {
        this.checker = new SpecChecker(moreRuleIds);
    }

    /**
     * Checks the spec on its own and, when it has no error findings (other than {@code approval-drift}, which an
     * approval is there to settle), records the approval; with {@code updateTable} also fills the role's row.
     *
     * @throws SpecCheckException when the spec is not in a spec set, the role is not the template's, the lock file
     *     is malformed, or a file cannot be read or written
     */
    public ApprovalResult approve(CheckRequest request, ApprovalRequest approval) throws SpecCheckException {
        ProjectPaths paths = new ProjectPaths(request.baseDirectory());
        Target target = Target.locate(request, paths, approval.specFile());
        if (!Files.isRegularFile(target.file())) {
            throw new SpecCheckException(
                    "Invalid value for parameter file (spec.file): " + target.display() + " does not exist");
        }
        SpecFileReader reader = new SpecFileReader(request.encoding());
        TemplateSource template = TemplateSource.resolve(target.set(), paths, reader);
        SpecSchema schema = checker.schemaOf(template, target.set());
        // Read once: the row is filled in, and the byte order mark taken from, the text the table was parsed from.
        byte[] bytes = read(reader, target);
        String text = decode(reader, bytes, target);
        SpecDocument document = checker.parse(target.display(), text);
        Optional<Table> table = SignOffTable.find(document, schema);
        String role = role(schema, table, template, approval.role());

        CheckRequest one = new CheckRequest(
                request.baseDirectory(),
                List.of(target.set().only(target.key())),
                request.encoding(),
                request.severities(),
                Optional.empty());
        List<Finding> blocking = checker.check(one).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && !f.ruleId().equals(ApprovalDriftRule.ID))
                .toList();
        if (!blocking.isEmpty()) {
            return new ApprovalResult(
                    target.display(),
                    role,
                    target.lockDisplay(paths),
                    blocking,
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    Optional.empty());
        }

        Optional<TableRow> row = table.flatMap(t -> SignOffTable.row(t, role));
        Optional<byte[]> edited = Optional.empty();
        if (approval.updateTable()) {
            if (row.isEmpty()) {
                throw new SpecCheckException(
                        "Cannot fill the sign-off table (parameter updateTable, spec.updateTable): "
                                + target.display() + " has no row for " + role + "; add the row, or approve without"
                                + " -Dspec.updateTable");
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Name", approval.approver());
            values.put("Status", SignOffTable.APPROVED);
            values.put("Date", approval.date().toString());
            String filled;
            try {
                filled = SignOffRowEditor.fill(text, table.get(), row.get(), values);
            } catch (IllegalArgumentException e) {
                throw new SpecCheckException(
                        "Cannot fill the sign-off table (parameter updateTable, spec.updateTable): " + target.display()
                                + ": " + e.getMessage() + "; add the row's missing cells, or approve without"
                                + " -Dspec.updateTable",
                        e);
            }
            // Encoded before anything is written: a name the spec's encoding cannot hold stops the approval whole.
            edited = Optional.of(encode(target, row.get(), role, filled, request.encoding(), bytes));
        }

        ApprovalLock lock = target.readLock(paths);
        ApprovalEntry entry = new ApprovalEntry(
                target.key(),
                role,
                approval.approver(),
                approval.date(),
                ApprovalScope.hashes(document, schema, table));
        Optional<ApprovalEntry> replaced = lock.find(target.key(), role);
        write(lock.with(entry), target, paths);
        if (edited.isPresent()) {
            writeSpec(target, edited.get());
        }
        Optional<String> rowStatus = approval.updateTable()
                ? Optional.of(SignOffTable.APPROVED)
                : row.map(r -> SignOffTable.statusOf(table.get(), r));
        return new ApprovalResult(
                target.display(),
                role,
                target.lockDisplay(paths),
                List.of(),
                Optional.of(entry),
                replaced,
                approval.updateTable(),
                rowStatus);
    }

    /**
     * Removes the recorded approval of a spec by a role. The spec need not exist any more.
     *
     * @return the entry removed
     * @throws SpecCheckException when no such approval is recorded or the lock file cannot be read or written
     */
    public RevokeResult revoke(CheckRequest request, Path specFile, String role) throws SpecCheckException {
        ProjectPaths paths = new ProjectPaths(request.baseDirectory());
        Target target = Target.locate(request, paths, specFile);
        ApprovalLock lock = target.readLock(paths);
        Optional<ApprovalEntry> entry = lock.find(target.key(), role.strip());
        if (entry.isEmpty()) {
            List<String> roles =
                    lock.of(target.key()).stream().map(ApprovalEntry::role).toList();
            throw new SpecCheckException("Nothing to revoke: " + target.lockDisplay(paths) + " records no approval of "
                    + target.display() + " by " + role.strip()
                    + (roles.isEmpty() ? "" : " (it records " + String.join(", ", roles) + ")")
                    + "; check parameters file (spec.file) and role (spec.role)");
        }
        write(lock.without(target.key(), entry.get().role()), target, paths);
        return new RevokeResult(target.display(), entry.get(), target.lockDisplay(paths));
    }

    /** The template's role the parameter names; a role the template does not list is refused. */
    private static String role(SpecSchema schema, Optional<Table> table, TemplateSource template, String role)
            throws SpecCheckException {
        if (schema.signOff().isEmpty()) {
            throw new SpecCheckException("Cannot approve: the template " + template.displayName()
                    + " has no sign-off table (Role | Name | Status | Date) to take the roles from");
        }
        SignOffSpec signOff = schema.signOff().get();
        String wanted = role.strip();
        Optional<String> known = signOff.requiredRoles().stream()
                .filter(r -> r.equalsIgnoreCase(wanted))
                .findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        if (signOff.extraRolesAllowed()) {
            Optional<String> extra = table.stream()
                    .flatMap(t -> t.rows().stream().map(r -> SignOffTable.roleOf(t, r)))
                    .filter(r -> SignOffTable.sameRole(r, wanted))
                    .findFirst();
            if (extra.isPresent()) {
                return extra.get();
            }
        }
        throw new SpecCheckException("Invalid value for parameter role (spec.role): \"" + wanted
                + "\" is not a role of the sign-off table in " + template.displayName() + "; use one of: "
                + String.join(", ", signOff.requiredRoles())
                + (signOff.extraRolesAllowed() ? ", or a role the spec's sign-off table has a row for" : ""));
    }

    private static byte[] read(SpecFileReader reader, Target target) throws SpecCheckException {
        try {
            return reader.bytes(target.file(), target.display());
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
    }

    private static String decode(SpecFileReader reader, byte[] bytes, Target target) throws SpecCheckException {
        try {
            return reader.text(bytes, target.display());
        } catch (SpecReadException e) {
            throw new SpecCheckException(e.getMessage(), e);
        }
    }

    private static void write(ApprovalLock lock, Target target, ProjectPaths paths) throws SpecCheckException {
        Path file = paths.absolute(target.set().approvalLock());
        try {
            ApprovalLockFile.write(lock, file);
        } catch (IOException e) {
            throw new SpecCheckException(
                    "Cannot write the approvals lock file " + paths.display(file) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The edited spec in its encoding, with the UTF-8 byte order mark its {@code original} bytes had (the reader
     * drops one only in UTF-8; in another encoding those bytes are text and are kept as such). Nothing is replaced: a
     * character the encoding cannot hold (an approver's name in a spec kept in ISO-8859-1) refuses the edit.
     */
    private static byte[] encode(
            Target target, TableRow row, String role, String text, Charset encoding, byte[] original)
            throws SpecCheckException {
        CharsetEncoder encoder = encoding.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            boolean bom = StandardCharsets.UTF_8.equals(encoding)
                    && original.length >= 3
                    && (original[0] & 0xFF) == 0xEF
                    && (original[1] & 0xFF) == 0xBB
                    && (original[2] & 0xFF) == 0xBF;
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap((bom ? "\uFEFF" : "") + text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            CharsetEncoder probe = encoding.newEncoder();
            int unmappable = text.codePoints()
                    .filter(c -> !probe.canEncode(Character.toString(c)))
                    .findFirst()
                    .orElse('?');
            throw new SpecCheckException(
                    "Cannot fill the sign-off table (parameter updateTable, spec.updateTable): " + target.display()
                            + ":" + row.location().line() + ": the row for " + role + " would hold \""
                            + Character.toString(unmappable) + "\" (U+" + String.format(Locale.ROOT, "%04X", unmappable)
                            + "), which " + encoding.name() + " (parameter encoding, the spec's encoding) cannot hold;"
                            + " nothing was written. Approve without"
                            + " -Dspec.updateTable and fill the row by hand, or keep the spec in an encoding that"
                            + " holds it",
                    e);
        }
    }

    /** Writes the edited spec in place (through a link, keeping the file's permissions). */
    private static void writeSpec(Target target, byte[] bytes) throws SpecCheckException {
        try {
            Files.write(target.file(), bytes);
        } catch (IOException e) {
            throw new SpecCheckException(
                    "Cannot write " + target.display() + " (parameter updateTable): " + e.getMessage()
                            + "; the approval is recorded in the lock file, fill the row by hand",
                    e);
        }
    }

    /** The spec an approval is about, and the spec set it belongs to. */
    private record Target(SpecSetRequest set, Path file, String display, String key) {

        static Target locate(CheckRequest request, ProjectPaths paths, Path specFile) throws SpecCheckException {
            Path file = paths.absolute(specFile);
            String display = paths.display(file);
            for (SpecSetRequest set : request.specSets()) {
                Path directory = paths.absolute(set.directory());
                if (TemplateSource.fileOf(set, paths).map(file::equals).orElse(false)) {
                    // TEMPLATE.md beside the specs as much as a configured <template>: approving it would change
                    // what every spec is checked against, unchecked
                    throw new SpecCheckException("Invalid value for parameter file (spec.file): " + display
                            + " is the template of the spec set " + paths.display(directory)
                            + ", not a spec; approve the specs written from it");
                }
                if (new SpecFileSet(directory, set.includes(), set.excludes()).selects(file)) {
                    String key = ApprovalInputs.specKey(paths.display(directory), display);
                    return new Target(set, file, display, key);
                }
            }
            List<String> directories = request.specSets().stream()
                    .map(s -> paths.display(s.directory()))
                    .toList();
            throw new SpecCheckException("Invalid value for parameter file (spec.file): " + display
                    + " is not a spec of any spec set"
                    + (directories.isEmpty() ? "" : " (" + String.join(", ", directories) + ")"));
        }

        String lockDisplay(ProjectPaths paths) {
            return paths.display(set.approvalLock());
        }

        /** The recorded approvals; none yet when the lock file does not exist. */
        ApprovalLock readLock(ProjectPaths paths) throws SpecCheckException {
            return SpecChecker.readLock(set, paths).orElse(ApprovalLock.EMPTY);
        }
    }
}

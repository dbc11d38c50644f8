package dev.specgate.engine;

import dev.specgate.approval.ApprovalLockFile;
import dev.specgate.schema.SchemaOverrides;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One set of specs checked against one template.
 *
 * @param directory absolute directory holding the specs
 * @param includes Maven-style globs relative to the directory ({@code **}/{@code *}.md when empty)
 * @param excludes Maven-style globs relative to the directory
 * @param template absolute template path; empty to look for {@code TEMPLATE.md} in the directory and otherwise
 *     use the built-in default template
 * @param overrides POM additions to the schema the template gives
 * @param approvalLock the lock file recording the set's approvals ({@code spec:approve}); absolute, or relative to
 *     the base directory; need not exist
 */
public record SpecSetRequest(
        Path directory,
        List<String> includes,
        List<String> excludes,
        Optional<Path> template,
        SchemaOverrides overrides,
        Path approvalLock) {

    public SpecSetRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** A set whose approvals are recorded in {@code spec-approvals.lock} in its directory. */
    public SpecSetRequest(
            Path directory,
            List<String> includes,
            List<String> excludes,
            Optional<Path> template,
            SchemaOverrides overrides) {
        this(directory, includes, excludes, template, overrides, directory.resolve(ApprovalLockFile.DEFAULT_NAME));
    }

    /** This set narrowed to one file, given relative to its directory. */
    SpecSetRequest only(String relativeFile) {
        return new SpecSetRequest(directory, List.of(relativeFile), excludes, template, overrides, approvalLock);
    }
}

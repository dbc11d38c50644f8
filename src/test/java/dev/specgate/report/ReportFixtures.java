package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import dev.specgate.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** One check result of three specs in a module {@code services/payments} of a repository, for all writers. */
final class ReportFixtures {

    static final Path BASE = Path.of("/home/ci/work/shop/services/payments");

    private ReportFixtures() {}

    static List<RuleInfo> rules() {
        return List.of(
                new RuleInfo(
                        "required-section",
                        "Every section of the template is present, under the same parent.",
                        "Add the missing heading where the template puts it, or mark it optional in the template.",
                        Severity.ERROR),
                new RuleInfo(
                        "empty-section",
                        "Sections have content.",
                        "Write the section, or remove it when the template marks it optional.",
                        Severity.WARNING),
                new RuleInfo(
                        "placeholder",
                        "No template prompt or placeholder is left in.",
                        "Replace bracketed prompts like [Owner Name] & {{VARS}} with real text.",
                        Severity.ERROR),
                new RuleInfo(
                        "metadata",
                        "Required metadata fields are present and valid.",
                        "Fill in every field of the template's metadata block.",
                        Severity.ERROR));
    }

    static ReportContext context() {
        return new ReportContext("1.2.0", BASE, "services/payments", rules());
    }

    static CheckResult result() {
        return new CheckResult(
                List.of(
                        finding(
                                "required-section",
                                Severity.ERROR,
                                "docs/specs/refunds.md",
                                42,
                                1,
                                "Missing section \"Testing Strategy > Rollback Plan\"",
                                88),
                        finding(
                                "placeholder",
                                Severity.WARNING,
                                "docs/specs/refunds.md",
                                12,
                                15,
                                "Placeholder \"[Owner Name]\" left in",
                                0),
                        finding(
                                "required-section",
                                Severity.ERROR,
                                "docs/specs/refunds.md",
                                57,
                                1,
                                "Missing section \"Deployment > Monitoring & Alerts\"",
                                97),
                        finding(
                                "metadata",
                                Severity.ERROR,
                                "docs/specs/checkout.md",
                                3,
                                13,
                                "Metadata field \"Status\" has \"Done, mostly\", expected one of: Draft, Review, "
                                        + "Approved",
                                0),
                        finding(
                                "suppression",
                                Severity.WARNING,
                                "docs/specs/checkout.md",
                                20,
                                1,
                                "Unknown rule \"placeholders\" in spec:disable",
                                0),
                        finding(
                                "empty-section",
                                Severity.INFO,
                                "docs/specs/search index.md",
                                30,
                                1,
                                "Section \"Notes <draft>\" is empty",
                                0),
                        finding(
                                "placeholder",
                                Severity.ERROR,
                                "docs/specs/search index.md",
                                8,
                                5,
                                "Template text left unchanged: \"Coverage must reach 80% of requirements\"",
                                0)),
                List.of("docs/specs/checkout.md", "docs/specs/refunds.md", "docs/specs/search index.md"));
    }

    static Finding finding(
            String rule, Severity severity, String file, int line, int column, String message, int templateLine) {
        return new Finding(
                rule,
                severity,
                file,
                SourceLocation.of(line, column),
                message,
                templateLine > 0 ? OptionalInt.of(templateLine) : OptionalInt.empty());
    }
}

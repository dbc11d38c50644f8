package dev.specgate.report;

import dev.specgate.engine.CheckResult;
import dev.specgate.model.Finding;
import dev.specgate.model.Severity;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into inline pull-request annotations:
 * {@code ::error file=docs/specs/a.md,line=42,col=1,title=required-section::Missing section "X"}. Errors give
 * {@code ::error}, warnings {@code ::warning}, info {@code ::notice}. Paths are relative to the repository root.
 * The Mojo prints these lines when the environment has {@code GITHUB_ACTIONS=true}.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {}

    /** The workflow command lines for every finding, in console order. */
    public static List<String> lines(CheckResult result, ReportContext context) {
        return result.findings().stream().map(finding -> line(finding, context)).toList();
    }

    /** The workflow command line for one finding. */
    public static String line(Finding finding, ReportContext context) {
        return "::" + command(finding.severity())
                + " file=" + property(context.repositoryPath(finding.file()))
                + ",line=" + finding.line()
                + ",col=" + finding.column()
                + ",title=" + property(finding.ruleId())
                + "::" + data(finding.fullMessage());
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message the way the Actions runner unescapes it. */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as data, plus the {@code :} and {@code ,} that delimit properties. */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}

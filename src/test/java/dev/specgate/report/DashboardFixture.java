package dev.specgate.report;

import dev.specgate.engine.CheckRequest;
import dev.specgate.engine.CheckResult;
import dev.specgate.engine.SpecChecker;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.schema.SchemaOverrides;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The check of {@code src/test/resources/dashboard/hostile}: specs whose text is markup and script. */
public final class DashboardFixture {

    /** The project base directory of the hostile spec set. */
    public static final Path BASE =
            Path.of("src", "test", "resources", "dashboard", "hostile").toAbsolutePath();

    private DashboardFixture() {}

    /** Runs the real engine on the spec set. */
    public static CheckResult check() throws Exception {
        SpecSetRequest set = new SpecSetRequest(
                BASE.resolve("docs/specs"), List.of(), List.of(), Optional.empty(), SchemaOverrides.NONE);
        return new SpecChecker().check(new CheckRequest(BASE, List.of(set), StandardCharsets.UTF_8));
    }

    public static ReportContext context() {
        return new ReportContext("1.2.0", BASE, "", RuleInfo.known());
    }
}

package dev.specgate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.specgate.discovery.SpecFileSet;
import dev.specgate.engine.SpecSetRequest;
import dev.specgate.schema.RequirementIdSpec;
import dev.specgate.schema.SchemaOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecSetConverterTest {

    private final SpecSetConverter converter = new SpecSetConverter(Path.of("/project"));

    private static SpecSet withIds(String pattern, String scope) {
        RequirementIdsConfig ids = new RequirementIdsConfig();
        ids.setPattern(pattern);
        ids.setScope(scope);
        ids.setDefinitionSections(List.of(" Requirements > Functional Requirements ", " "));
        SpecSet set = new SpecSet();
        set.setRequirementIds(ids);
        return set;
    }

    @Test
    void ruleSettingsBecomeOverrides() throws MojoExecutionException {
        SpecSet set = withIds("REQ-\\d{3}", "project");
        SignOffConfig signOff = new SignOffConfig();
        signOff.setSection("Review Sign-offs");
        signOff.setRoles(List.of("Tech Lead", " Security "));
        set.setSignOff(signOff);
        set.setApprovedStatuses(List.of("Approved", "Implemented"));
        set.setOpenQuestionsSection(" Open Questions ");

        SchemaOverrides overrides = converter.convert(List.of(set)).get(0).overrides();

        assertEquals(
                "REQ-\\d{3}", overrides.requirementIds().pattern().orElseThrow().pattern());
        assertEquals(Optional.of("REQ"), overrides.requirementIds().prefix());
        assertEquals(
                List.of("Requirements > Functional Requirements"),
                overrides.requirementIds().definitionSections());
        assertEquals(
                Optional.of(RequirementIdSpec.Scope.PROJECT),
                overrides.requirementIds().scope());
        assertEquals(Optional.of("Review Sign-offs"), overrides.signOff().section());
        assertEquals(List.of("Tech Lead", "Security"), overrides.signOff().roles());
        assertEquals(List.of(), overrides.signOff().statuses());
        assertEquals(List.of("Approved", "Implemented"), overrides.approvedStatuses());
        assertEquals(Optional.of("Open Questions"), overrides.openQuestionsSection());
    }

    @Test
    void sectionSettingsBecomeOverridesWithSeveralAliasesForOneSection() throws MojoExecutionException {
        SpecSet set = new SpecSet();
        set.setRequiredSections(List.of(" Deployment > Rollback Plan ", " "));
        set.setOptionalSections(List.of("Appendix", ""));
        set.setAliases(List.of("Testing Strategy = Test Plan", " Testing Strategy=QA Plan ", "Rollout = Launch Plan"));

        SpecSetRequest request = converter.convert(List.of(set)).get(0);

        assertEquals(
                new SpecSetRequest(
                        Path.of("/project/docs/specs"),
                        List.of(),
                        SpecFileSet.DEFAULT_EXCLUDES,
                        Optional.empty(),
                        SchemaOverrides.ofSections(
                                List.of("Deployment > Rollback Plan"),
                                List.of("Appendix"),
                                Map.of(
                                        "Testing Strategy",
                                        List.of("Test Plan", "QA Plan"),
                                        "Rollout",
                                        List.of("Launch Plan")))),
                request);
    }

    @Test
    void anAliasWithoutEqualsSignNamesTheParameterAndTheValue() {
        SpecSet set = new SpecSet();
        set.setAliases(List.of("Testing Strategy = Test Plan", " Testing Strategy "));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> converter.convert(List.of(set)));

        assertEquals(
                "Invalid value for parameter aliases: \"Testing Strategy\"; write <alias>Template Heading = Other"
                        + " Heading</alias>, e.g. <alias>Testing Strategy = Test Plan</alias>",
                e.getMessage());
    }

    @Test
    void anAliasWithAnEmptySideNamesTheParameterAndTheValue() {
        SpecSet set = new SpecSet();
        set.setAliases(List.of("Testing Strategy = "));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> converter.convert(List.of(set)));

        assertEquals(
                "Invalid value for parameter aliases: \"Testing Strategy =\"; write <alias>Template Heading = Other"
                        + " Heading</alias>, e.g. <alias>Testing Strategy = Test Plan</alias>",
                e.getMessage());
    }

    @Test
    void withoutRuleSettingsNothingChanges() throws MojoExecutionException {
        SpecSetRequest request = converter.convert(List.of(new SpecSet())).get(0);

        assertEquals(SchemaOverrides.NONE, request.overrides());
    }

    @Test
    void invalidPatternNamesTheParameterAndTheValue() {
        MojoExecutionException e =
                assertThrows(MojoExecutionException.class, () -> converter.convert(List.of(withIds("REQ-[0-9", null))));

        assertEquals(
                "Invalid value for parameter requirementIds/pattern: \"REQ-[0-9\" is not a valid regular"
                        + " expression (Unclosed character class at index 7); write e.g. REQ-\\d{3}",
                e.getMessage());
    }

    @Test
    void unknownScopeNamesTheParameterAndTheValue() {
        MojoExecutionException e =
                assertThrows(MojoExecutionException.class, () -> converter.convert(List.of(withIds(null, "module"))));

        assertEquals(
                "Invalid value for parameter requirementIds/scope: \"module\" is not a scope; use spec (IDs"
                        + " unique in each spec) or project (unique across the spec set)",
                e.getMessage());
    }

    @Test
    void defaultExcludesLeaveOutReadmeAndIndexAfterTheConfiguredOnesUnlessTurnedOff() throws MojoExecutionException {
        SpecSet set = new SpecSet();
        set.setExcludes(List.of(" archive/** "));

        assertEquals(
                List.of("archive/**", "**/README.md", "**/readme.md", "**/index.md"),
                converter.convert(List.of(set)).get(0).excludes());

        set.setUseDefaultExcludes(false);
        assertEquals(
                List.of("archive/**"), converter.convert(List.of(set)).get(0).excludes());
    }

    @Test
    void aPatternThatLeavesTheDirectoryNamesTheParameter() {
        SpecSet set = new SpecSet();
        set.setDirectory("docs/specs");
        set.setIncludes(List.of("**/*.md", "../adr/*.md"));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> converter.convert(List.of(set)));

        assertEquals(
                "Invalid value for parameter includes: \"../adr/*.md\" leaves the spec directory docs/specs; patterns"
                        + " match files below <directory> only, so set <directory> to the common parent instead",
                e.getMessage());
    }

    @Test
    void aRelativeDirectoryOutsideTheProjectNeedsAllowOutsideProject() throws MojoExecutionException {
        SpecSet absolute = new SpecSet();
        absolute.setDirectory("/elsewhere/specs");
        assertEquals(
                Path.of("/elsewhere/specs"),
                converter.convert(List.of(absolute)).get(0).directory());
        SpecSet set = new SpecSet();
        set.setDirectory("../elsewhere/specs");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> converter.convert(List.of(set)));
        assertEquals(
                "Invalid value for parameter directory: \"../elsewhere/specs\" is /elsewhere/specs, outside the project"
                        + " directory /project; point <directory> inside the project, or set"
                        + " <allowOutsideProject>true</allowOutsideProject> (spec.allowOutsideProject) to check specs"
                        + " elsewhere",
                e.getMessage());

        SpecSetRequest allowed = new SpecSetConverter(Path.of("/project"), true)
                .convert(List.of(set))
                .get(0);
        assertEquals(Path.of("/elsewhere/specs"), allowed.directory());
    }

    @Test
    void anAbsentDefaultDirectoryIsSkippedAndAnAbsentConfiguredOneNamesTheNearestDirectory(@TempDir Path project)
            throws Exception {
        Files.createDirectories(project.resolve("docs/adr"));
        Files.createDirectories(project.resolve("docs/rfcs"));
        Files.createDirectories(project.resolve("docs/.hidden"));
        SpecSetConverter onDisk = new SpecSetConverter(project);
        SpecSet adr = new SpecSet();
        adr.setDirectory("docs/adr");

        SpecSetConverter.Conversion conversion = onDisk.convertExisting(List.of(new SpecSet(), adr));
        assertEquals(List.of("docs/specs"), conversion.absentDefaults());
        assertEquals(
                List.of(project.toAbsolutePath().resolve("docs/adr")),
                conversion.requests().stream().map(SpecSetRequest::directory).toList());

        SpecSet typo = new SpecSet();
        typo.setDirectory("docs/spec/current");
        MojoExecutionException e =
                assertThrows(MojoExecutionException.class, () -> onDisk.convertExisting(List.of(typo)));
        assertEquals(
                "Spec directory not found: parameter directory is \"docs/spec/current\", which does not exist"
                        + " (resolved to " + project.toAbsolutePath().resolve("docs/spec/current")
                        + "); the nearest existing directory is docs, which holds adr/, rfcs/",
                e.getMessage());

        Files.writeString(project.resolve("docs/specs"), "a file, not a directory");
        MojoExecutionException notADirectory =
                assertThrows(MojoExecutionException.class, () -> onDisk.convertExisting(List.of(new SpecSet())));
        assertEquals(
                "Spec directory not found: parameter directory is \"docs/specs\", which is not a directory (resolved to "
                        + project.toAbsolutePath().resolve("docs/specs") + "); the nearest existing directory is docs,"
                        + " which holds adr/, rfcs/",
                notADirectory.getMessage());
    }

    @Test
    void anIncludeThatNamesADefaultExcludedFileKeepsIt() throws MojoExecutionException {
        SpecSet set = new SpecSet();
        set.setIncludes(List.of("**/README.md"));
        assertEquals(
                List.of("**/index.md"), converter.convert(List.of(set)).get(0).excludes());
    }
}

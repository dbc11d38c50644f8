package dev.specgate.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <specSet>} of the POM: a directory of specs checked against one template. Maven fills the fields
 * from the XML; paths are relative to the project base directory.
 *
 * <pre>{@code
 * <specSet>
 *   <directory>docs/specs</directory>
 *   <includes><include>**}{@code /*.md</include></includes>
 *   <excludes><exclude>drafts/**</exclude></excludes>
 *   <template>docs/specs/TEMPLATE.md</template>
 *   <requiredSections><requiredSection>Deployment > Rollback Plan</requiredSection></requiredSections>
 *   <optionalSections><optionalSection>Appendix</optionalSection></optionalSections>
 *   <aliases><alias>Testing Strategy = Test Plan</alias></aliases>
 * </specSet>
 * }</pre>
 */
public class SpecSet {

    /** The directory holding the specs. Default {@code docs/specs}. */
    private String directory = CheckMojo.DEFAULT_DIRECTORY;

    /** Files to check, as Maven-style patterns relative to the directory. Default {@code **}{@code /*.md}. */
    private List<String> includes = new ArrayList<>();

    /** Files to leave out, as Maven-style patterns relative to the directory. Default none. */
    private List<String> excludes = new ArrayList<>();

    /**
     * The team's template: the schema the specs are checked against. Default: {@code TEMPLATE.md} (or
     * {@code template.md}) in the directory, which is then not checked itself; without one, the built-in default
     * template.
     */
    private String template;

    /** Heading paths that must be present besides the template's, e.g. {@code Deployment > Rollback Plan}. */
    private List<String> requiredSections = new ArrayList<>();

    /** Heading paths of template sections that need not be present, e.g. {@code Appendix > Glossary}. */
    private List<String> optionalSections = new ArrayList<>();

    /**
     * Other headings accepted in place of a template section, one per entry as {@code <heading path> = <other
     * heading>}, e.g. {@code Testing Strategy = Test Plan}. Repeat the entry for several alternatives.
     */
    private List<String> aliases = new ArrayList<>();

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public List<String> getIncludes() {
        return includes;
    }

    public void setIncludes(List<String> includes) {
        this.includes = includes;
    }

    public List<String> getExcludes() {
        return excludes;
    }

    public void setExcludes(List<String> excludes) {
        this.excludes = excludes;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public List<String> getRequiredSections() {
        return requiredSections;
    }

    public void setRequiredSections(List<String> requiredSections) {
        this.requiredSections = requiredSections;
    }

    public List<String> getOptionalSections() {
        return optionalSections;
    }

    public void setOptionalSections(List<String> optionalSections) {
        this.optionalSections = optionalSections;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public void setAliases(List<String> aliases) {
        this.aliases = aliases;
    }
}

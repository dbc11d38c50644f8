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
 *   <useDefaultExcludes>true</useDefaultExcludes>
 *   <template>docs/specs/TEMPLATE.md</template>
 *   <requiredSections><requiredSection>Deployment > Rollback Plan</requiredSection></requiredSections>
 *   <optionalSections><optionalSection>Appendix</optionalSection></optionalSections>
 *   <aliases><alias>Testing Strategy = Test Plan</alias></aliases>
 *   <requirementIds><pattern>REQ-\d{3}</pattern><scope>project</scope></requirementIds>
 *   <signOff><roles><role>Tech Lead</role><role>Security</role></roles></signOff>
 *   <approvedStatuses><status>Approved</status><status>Implemented</status></approvedStatuses>
 *   <openQuestionsSection>Open Questions</openQuestionsSection>
 *   <approvalLock>docs/specs/spec-approvals.lock</approvalLock>
 * </specSet>
 * }</pre>
 */
public class SpecSet {

    /**
     * The directory holding the specs. Default {@code docs/specs}, skipped with one line when absent; a configured
     * directory must exist. It may be a symbolic link to the directory; links below it are not followed into
     * directories, and a selected link to a file counts as that file.
     */
    private String directory;

    /** Files to check, as Maven-style patterns relative to the directory. Default {@code **}{@code /*.md}. */
    private List<String> includes = new ArrayList<>();

    /** Files to leave out, as Maven-style patterns relative to the directory. Default none. */
    private List<String> excludes = new ArrayList<>();

    /**
     * Whether {@code README.md}, {@code readme.md} and {@code index.md} (at any depth) are left out, as they
     * describe the directory rather than being specs. Default {@code true}.
     */
    private boolean useDefaultExcludes = true;

    /**
     * The team's template: the schema the specs are checked against. Default: {@code TEMPLATE.md} (or
     * {@code template.md}) in the directory; without one, the built-in default template. A template inside the
     * directory, configured or found, is never checked as a spec.
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

    /**
     * Changes to the requirement ID style the template gives: {@code <pattern>} (e.g. {@code REQ-\d{3}}),
     * {@code <prefix>}, {@code <definitionSections>} (heading paths) and {@code <scope>} ({@code spec} or
     * {@code project}). Default: the template's style, IDs unique per spec.
     */
    private RequirementIdsConfig requirementIds;

    /**
     * Changes to the sign-off rule the template's {@code Role | Name | Status | Date} table gives:
     * {@code <section>} (heading path), {@code <roles>} and {@code <statuses>}. Default: the template's table.
     */
    private SignOffConfig signOff;

    /**
     * Document status values that mean the spec is approved, e.g. {@code Approved} and {@code Implemented}: an
     * approved spec needs every sign-off and no unchecked open question. Default: those of the template's Status
     * options that are {@code Approved} or {@code Implemented}, else {@code Approved}.
     */
    private List<String> approvedStatuses = new ArrayList<>();

    /**
     * Heading path of the open-questions section, e.g. {@code Open Questions}: once the spec is approved, no
     * unchecked {@code - [ ]} item may remain there. Default: the template's first heading containing
     * "Open Questions".
     */
    private String openQuestionsSection;

    /**
     * The lock file recording the set's approvals ({@code spec:approve} writes it, the {@code approval-drift} rule
     * of {@code spec:check} reads it), committed beside the specs. While it does not exist, {@code approval-drift} is
     * off for the set. Default {@code spec-approvals.lock} in the directory.
     */
    private String approvalLock;

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

    public boolean isUseDefaultExcludes() {
        return useDefaultExcludes;
    }

    public void setUseDefaultExcludes(boolean useDefaultExcludes) {
        this.useDefaultExcludes = useDefaultExcludes;
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

    public RequirementIdsConfig getRequirementIds() {
        return requirementIds;
    }

    public void setRequirementIds(RequirementIdsConfig requirementIds) {
        this.requirementIds = requirementIds;
    }

    public SignOffConfig getSignOff() {
        return signOff;
    }

    public void setSignOff(SignOffConfig signOff) {
        this.signOff = signOff;
    }

    public List<String> getApprovedStatuses() {
        return approvedStatuses;
    }

    public void setApprovedStatuses(List<String> approvedStatuses) {
        this.approvedStatuses = approvedStatuses;
    }

    public String getOpenQuestionsSection() {
        return openQuestionsSection;
    }

    public void setOpenQuestionsSection(String openQuestionsSection) {
        this.openQuestionsSection = openQuestionsSection;
    }

    public String getApprovalLock() {
        return approvalLock;
    }

    public void setApprovalLock(String approvalLock) {
        this.approvalLock = approvalLock;
    }
}

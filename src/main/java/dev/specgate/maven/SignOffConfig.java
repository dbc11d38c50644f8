package dev.specgate.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <signOff>} of a {@code <specSet>}: changes to the sign-off rule the template's
 * {@code Role | Name | Status | Date} table gives. Anything not set keeps the template's.
 *
 * <pre>{@code
 * <signOff>
 *   <section>Review Sign-offs</section>
 *   <roles><role>Tech Lead</role><role>Security</role></roles>
 *   <statuses><status>Approved</status><status>Pending</status><status>Rejected</status></statuses>
 * </signOff>
 * }</pre>
 */
public class SignOffConfig {

    /**
     * Heading path of the section holding the sign-off table, e.g. {@code Review Sign-offs} or
     * {@code Appendix > Approvals}. Default: the section of the template's sign-off table.
     */
    private String section;

    /**
     * The roles that must each have a row, e.g. {@code Tech Lead}, {@code Security}; once the spec's status is
     * approved, each must have {@code Approved} with a name and a date. Default: the template table's roles that are
     * not placeholders.
     */
    private List<String> roles = new ArrayList<>();

    /**
     * The sign-off status values a row may have; must include {@code Approved}. A {@code Rejected} row is always an
     * error. Default {@code Approved}, {@code Pending}, {@code Rejected} and any other status the template table uses.
     */
    private List<String> statuses = new ArrayList<>();

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses;
    }
}

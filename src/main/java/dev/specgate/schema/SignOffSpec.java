package dev.specgate.schema;

import java.util.List;

/**
 * The sign-off table a template asks for ({@code Role | Name | Status | Date}).
 *
 * @param sectionPath heading path of the section holding the table
 * @param requiredRoles roles that must have a row (the template's non-placeholder role rows)
 * @param extraRolesAllowed true when the template has a placeholder role row such as {@code [Stakeholder]}
 * @param allowedStatuses sign-off status values, e.g. {@code Approved}, {@code Pending}, {@code Rejected}
 * @param templateLine the template line of the table header
 */
public record SignOffSpec(
        List<String> sectionPath,
        List<String> requiredRoles,
        boolean extraRolesAllowed,
        List<String> allowedStatuses,
        int templateLine) {

    public SignOffSpec {
        sectionPath = List.copyOf(sectionPath);
        requiredRoles = List.copyOf(requiredRoles);
        allowedStatuses = List.copyOf(allowedStatuses);
    }
}

package dev.specgate.schema;

import java.util.List;
import java.util.Optional;

/**
 * What the POM changes in the sign-off rule ({@code <signOff>}); anything left empty keeps what the template's
 * sign-off table gives.
 *
 * @param section heading path of the section holding the sign-off table, e.g. {@code Review Sign-offs}
 * @param roles the roles that must sign off, replacing the template's
 * @param statuses the sign-off status values allowed, replacing the default {@code Approved, Pending, Rejected};
 *     must include {@code Approved}
 */
public record SignOffOverrides(Optional<String> section, List<String> roles, List<String> statuses) {

    /** No change. */
    public static final SignOffOverrides NONE = new SignOffOverrides(Optional.empty(), List.of(), List.of());

    public SignOffOverrides {
        roles = List.copyOf(roles);
        statuses = List.copyOf(statuses);
    }

    /** True when nothing is changed. */
    public boolean isEmpty() {
        return section.isEmpty() && roles.isEmpty() && statuses.isEmpty();
    }

    /**
     * The schema with these changes. Without a sign-off table in the template, the POM's settings make one required
     * (extra roles allowed; anywhere in the spec when no section is given).
     */
    SpecSchema applyTo(SpecSchema schema) {
        if (isEmpty()) {
            return schema;
        }
        if (!statuses.isEmpty() && statuses.stream().noneMatch("Approved"::equalsIgnoreCase)) {
            throw new IllegalArgumentException("signOff/statuses: " + String.join(", ", statuses)
                    + " does not include Approved, the status every required role gives an approved spec");
        }
        SignOffSpec base = schema.signOff()
                .orElseGet(() -> new SignOffSpec(List.of(), List.of(), true, SignOffInference.DEFAULT_STATUSES, 0));
        List<String> path = section.map(p -> SectionOverrides.resolve(schema.sections(), "signOff/section", p))
                .orElse(base.sectionPath());
        return schema.withSignOff(Optional.of(new SignOffSpec(
                path,
                roles.isEmpty() ? base.requiredRoles() : roles,
                base.extraRolesAllowed(),
                statuses.isEmpty() ? base.allowedStatuses() : statuses,
                base.templateLine())));
    }
}

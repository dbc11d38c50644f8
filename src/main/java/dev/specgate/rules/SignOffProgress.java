package dev.specgate.rules;

import dev.specgate.model.Table;
import dev.specgate.schema.SignOffSpec;
import dev.specgate.schema.SpecSchema;
import java.util.Optional;

/**
 * How far a spec's sign-off has come: how many of the required roles have an {@code Approved} row in its sign-off
 * table (found by {@link SignOffTable}, as the rules find it). A fact for reports; the {@link SignOffRule} decides what
 * is wrong.
 *
 * @param approved the required roles whose row says {@code Approved}
 * @param required the required roles
 * @param hasTable whether the spec has a sign-off table at all
 */
public record SignOffProgress(int approved, int required, boolean hasTable) {

    /** The spec's progress; empty when the schema asks for no sign-off. */
    public static Optional<SignOffProgress> of(RuleContext context) {
        SpecSchema schema = context.schema();
        if (schema.signOff().isEmpty()) {
            return Optional.empty();
        }
        SignOffSpec spec = schema.signOff().get();
        Optional<Table> table = context.signOffTable();
        if (table.isEmpty()) {
            return Optional.of(new SignOffProgress(0, spec.requiredRoles().size(), false));
        }
        int approved = (int) spec.requiredRoles().stream()
                .filter(role -> approvedBy(table.get(), role))
                .count();
        return Optional.of(new SignOffProgress(approved, spec.requiredRoles().size(), true));
    }

    /** {@code 2 of 3 approved}, or {@code no sign-off table}. */
    public String describe() {
        return hasTable ? approved + " of " + required + " approved" : "no sign-off table";
    }

    /** True when every required role approved (and there is a table). */
    public boolean complete() {
        return hasTable && approved == required;
    }

    private static boolean approvedBy(Table table, String role) {
        return table.rows().stream()
                .filter(row -> SignOffTable.sameRole(SignOffTable.roleOf(table, row), role))
                .anyMatch(row -> SignOffTable.isApproved(SignOffTable.statusOf(table, row)));
    }
}

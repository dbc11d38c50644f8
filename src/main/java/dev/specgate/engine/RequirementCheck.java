package dev.specgate.engine;

import dev.specgate.model.Finding;
import java.util.List;

/**
 * A check over the requirements of every spec a check read, run once after the last spec (e.g. traceability from
 * requirements to tests). Its findings go through the same gate as the rules' findings: per-rule levels
 * ({@code off} drops them), {@code spec:disable} comments in the spec a finding points at, and the draft downgrade.
 */
@FunctionalInterface
public interface RequirementCheck {

    /** Checks nothing. */
    RequirementCheck NONE = specs -> List.of();

    /**
     * @param specs every spec checked, in check order
     * @return raw findings, each with its rule's default severity
     */
    List<Finding> check(List<SpecRequirements> specs);
}

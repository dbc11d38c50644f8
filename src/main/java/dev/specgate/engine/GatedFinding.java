package dev.specgate.engine;

import dev.specgate.model.Finding;

/**
 * A finding that passed the gate, with the heading path of the section it is in (baseline entries match on it).
 *
 * @param finding the finding with its configured (and, for drafts, downgraded) severity
 * @param section the display path of the innermost section holding the finding's line, or empty
 */
record GatedFinding(Finding finding, String section) {}

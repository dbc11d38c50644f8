package dev.specgate.rules;

import dev.specgate.model.SourceLocation;

/**
 * A requirement-ID-like token in a spec, outside code.
 *
 * @param token the token as written, e.g. {@code REQ-003} or {@code REQ-7a}
 * @param location where it starts
 * @param wellFormed whether it matches the ID pattern
 * @param definition whether it defines a requirement (starts a list item, paragraph, first table cell or heading in
 *     a definition section); otherwise it is a reference
 * @param text for a definition, the requirement's text after the ID
 */
record IdOccurrence(String token, SourceLocation location, boolean wellFormed, boolean definition, String text) {}

package dev.specgate.gate;

/**
 * A finding accepted into the baseline. Matching uses file, rule and fingerprint only: the line is kept for
 * people reading the file, so that edits above a finding do not bring it back.
 *
 * @param file spec path relative to the project base directory
 * @param rule rule id
 * @param fingerprint hash of the message (line numbers removed) and the heading path of the section
 * @param section the heading path the finding was in, for readers
 * @param message the message when the baseline was written, for readers
 * @param line the line when the baseline was written, for readers
 */
public record BaselineEntry(String file, String rule, String fingerprint, String section, String message, int line) {

    /** The part that must match. */
    String key() {
        return file + "\u0000" + rule + "\u0000" + fingerprint;
    }
}

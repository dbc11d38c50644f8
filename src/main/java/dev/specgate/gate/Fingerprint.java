package dev.specgate.gate;

import dev.specgate.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A finding's identity that survives edits elsewhere in the spec: the rule, the message with line numbers taken
 * out, and the heading path of the section the finding lies in.
 */
public final class Fingerprint {

    private static final Pattern LINE_NUMBERS = Pattern.compile("(?i)\\blines? \\d+(?:\\s*(?:,|and)\\s*\\d+)*");

    private Fingerprint() {}

    public static String of(Finding finding, String sectionPath) {
        String message = LINE_NUMBERS.matcher(finding.message()).replaceAll("line #");
        String text = finding.ruleId() + "\n" + message + "\n" + sectionPath;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}

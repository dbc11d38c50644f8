package dev.specgate.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Real calendar dates written in ISO form {@code YYYY-MM-DD}, a time allowed: 2024-02-29 is one, 2026-02-30 is not. */
final class IsoDate {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME =
            Pattern.compile("[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {}

    /** True for a real date, also followed by an ISO time ({@code 2026-03-01T10:00:00Z}). */
    static boolean isRealDate(String text) {
        if (text.length() > 10
                && SHAPE.matcher(text.substring(0, 10)).matches()
                && TIME.matcher(text.substring(10)).matches()) {
            return isRealDate(text.substring(0, 10));
        }
        if (!SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text, FORMAT);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

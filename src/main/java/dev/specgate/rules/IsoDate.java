package dev.specgate.rules;

import dev.specgate.schema.MetadataFieldSpec;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Real calendar dates written in ISO form {@code YYYY-MM-DD}, a time allowed: 2024-02-29 is one, 2026-02-30 is not;
 * or in the form a template's date prompt shows ({@code MM/DD/YYYY}).
 */
final class IsoDate {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern TIME =
            Pattern.compile("[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {}

    /**
     * True for a real date in the given form ({@code YYYY-MM-DD}, {@code MM/DD/YYYY}, {@code DD.MM.YYYY},
     * {@code YYYY/MM/DD}, as {@link MetadataFieldSpec#dateForm} gives it), day and month with
     * one or two digits, the year with four; an ISO date is always accepted.
     */
    static boolean isRealDate(String text, String form) {
        if (isRealDate(text)) {
            return true;
        }
        if (form.equals(MetadataFieldSpec.ISO_DATE)) {
            return false;
        }
        String separator = String.valueOf(form.charAt(form.startsWith("YYYY") ? 4 : 2));
        String[] fields = form.split(Pattern.quote(separator));
        String[] parts = text.strip().split(Pattern.quote(separator), -1);
        if (fields.length != 3 || parts.length != 3) {
            return false;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        for (int i = 0; i < 3; i++) {
            String part = parts[i];
            boolean year4 = fields[i].equals("YYYY");
            if (!DIGITS.matcher(part).matches() || (year4 ? part.length() != 4 : part.length() > 2)) {
                return false;
            }
            int n = Integer.parseInt(part);
            switch (fields[i]) {
                case "YYYY" -> year = n;
                case "MM" -> month = n;
                default -> day = n;
            }
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

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

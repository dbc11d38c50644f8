package dev.specgate.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A real calendar date in ISO form {@code YYYY-MM-DD}: {@code 2026-02-30} is not one. */
final class CalendarDate {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private CalendarDate() {}

    static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s, ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

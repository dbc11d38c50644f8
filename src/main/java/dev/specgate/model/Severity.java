package dev.specgate.model;

import java.util.Locale;

/** How much a finding matters. Only errors fail the build by default. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in configuration and reports: {@code error}, {@code warning}, {@code info}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

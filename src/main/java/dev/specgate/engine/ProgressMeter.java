package dev.specgate.engine;

import java.util.function.LongSupplier;

/**
 * Decides when a long spec set is worth a progress line: not before {@link #INTERVAL_NANOS} have passed since the
 * set started, then at most once per interval. Small sets, done sooner, get none.
 */
final class ProgressMeter {

    /** How long a set runs before its first progress line, and the time between two lines. */
    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final LongSupplier clock;
    private final SpecSetListener listener;
    private final int total;
    private long nextReport;

    /** @param clock the current time in nanoseconds ({@code System::nanoTime}; tests pass their own) */
    ProgressMeter(LongSupplier clock, SpecSetListener listener, int total) {
        this.clock = clock;
        this.listener = listener;
        this.total = total;
        this.nextReport = clock.getAsLong() + INTERVAL_NANOS;
    }

    /** Called after each spec; tells the listener when an interval has passed and specs remain. */
    void checked(int checked, int findings) {
        if (checked >= total) {
            return;
        }
        long now = clock.getAsLong();
        if (now - nextReport >= 0) {
            listener.progress(checked, total, findings);
            nextReport = now + INTERVAL_NANOS;
        }
    }
}

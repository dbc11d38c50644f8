package dev.specgate.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work of one check on a bounded set of worker threads and hands the results back in submission order, so
 * that a parallel run reports exactly what a serial one does.
 *
 * <p>Workers have a large stack (deeply nested Markdown recurses deeply in the parser). At most a few tasks per
 * worker are in flight, so only that many documents are in memory at once, however many specs there are.
 *
 * <p>Under a parallel Maven build ({@code -T}) several checks may run in one JVM at the same time. Their workers
 * share {@link #CPU_PERMITS}: a worker takes a permit for each task, so all checks together never run more tasks at
 * once than there are processors, while each check's own pool stays at its {@code threads}.
 */
final class SpecPool implements AutoCloseable {

    /** Stack size of a worker: the JVM reserves it but commits only what deep nesting actually uses. */
    static final long WORKER_STACK_BYTES = 512L * 1024 * 1024;

    /** Shared by every check in this JVM: at most one running task per processor, whatever {@code -T} says. */
    private static final Semaphore CPU_PERMITS =
            new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService executor;
    private final int window;

    SpecPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread =
                    new Thread(null, task, "spec-check-" + pool + "-" + workers.incrementAndGet(), WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
        this.window = threads * 4;
    }

    /** One piece of work that may fail with the engine's own error. */
    @FunctionalInterface
    interface Task<I, O> {
        O run(I input) throws SpecCheckException;
    }

    /** Receives results in input order, on the calling thread. */
    @FunctionalInterface
    interface Sink<O> {
        void accept(O result) throws SpecCheckException;
    }

    /** Runs one task on a worker and waits for it. */
    <I, O> O call(I input, Task<I, O> task) throws SpecCheckException {
        Deque<O> out = new ArrayDeque<>(1);
        map(List.of(input), task, out::add);
        return out.getFirst();
    }

    /**
     * Runs {@code task} on every input on the workers and gives the results to {@code sink} in input order. The first
     * failure in input order is thrown, as in a serial run; work not yet done is cancelled.
     */
    <I, O> void map(List<I> inputs, Task<I, O> task, Sink<O> sink) throws SpecCheckException {
        Deque<Future<Outcome<O>>> inFlight = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    I input = inputs.get(next++);
                    inFlight.add(executor.submit(() -> runGuarded(task, input)));
                }
                Outcome<O> outcome = await(inFlight.removeFirst());
                if (outcome.failure() != null) {
                    throw outcome.failure();
                }
                sink.accept(outcome.value());
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static <I, O> Outcome<O> runGuarded(Task<I, O> task, I input) throws InterruptedException {
        CPU_PERMITS.acquire();
        try {
            return new Outcome<>(task.run(input), null);
        } catch (SpecCheckException e) {
            return new Outcome<>(null, e);
        } finally {
            CPU_PERMITS.release();
        }
    }

    private static <O> Outcome<O> await(Future<Outcome<O>> future) throws SpecCheckException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpecCheckException("The spec check was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private record Outcome<O>(O value, SpecCheckException failure) {}
}

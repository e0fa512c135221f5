package id.sigap.synthetic.internal;

import id.sigap.synthetic.SyntheticData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batches being loaded: at most {@code workers} at a time, each on a thread (and database session) of its own, or
 * one after the other in the caller's thread when {@code workers} is 0. Progress is told as batches finish; the first
 * failure stops further batches and is thrown to the caller.
 */
final class BatchLoads implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final List<Future<Long>> pending = new ArrayList<>();
    private final Set<Integer> loaded;
    private final int batches;
    private final int total;
    private final SyntheticData.Progress progress;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicBoolean failed = new AtomicBoolean();

    BatchLoads(int workers, Set<Integer> loaded, int batchSize, int total, SyntheticData.Progress progress) {
        this.pool = workers > 0 ? Executors.newFixedThreadPool(workers) : null;
        this.slots = new Semaphore(Math.max(1, workers));
        this.loaded = loaded;
        this.batches = (total + batchSize - 1) / batchSize;
        this.total = total;
        this.progress = progress;
        loaded.forEach(b -> done.addAndGet(Math.min(batchSize, total - b * batchSize)));
    }

    int batches() {
        return batches;
    }

    boolean loaded(int batch) {
        return loaded.contains(batch);
    }

    void submit(int batch, int size, Callable<Long> load) {
        if (failed.get()) {
            awaitAll(); // throws the failure of the earlier batch
        }
        Callable<Long> counted = () -> {
            try {
                long written = load.call();
                report(size, written);
                return written;
            } catch (RuntimeException e) {
                failed.set(true);
                throw e;
            } finally {
                slots.release();
            }
        };
        slots.acquireUninterruptibly();
        if (pool == null) {
            pending.add(CompletableFuture.completedFuture(call(counted)));
        } else {
            pending.add(pool.submit(counted));
        }
    }

    private synchronized void report(int size, long written) {
        progress.advanced(done.addAndGet(size), total, rows.addAndGet(written));
    }

    long awaitAll() {
        for (Future<Long> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return rows.get();
    }

    private static long call(Callable<Long> c) {
        try {
            return c.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

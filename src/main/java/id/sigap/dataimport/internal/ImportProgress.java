package id.sigap.dataimport.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How far running commits are (rows done of rows to add). Kept in memory: the commit's own writes are invisible to
 * others until it commits, and a restarted process has no running commit to report on.
 */
@Component
public class ImportProgress {

    public record Done(int done, int total) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
        }
    }

    private record Counter(AtomicInteger done, int total) {}

    private final Map<Long, Counter> running = new ConcurrentHashMap<>();

    void start(long importId, int total) {
        running.put(importId, new Counter(new AtomicInteger(), total));
    }

    void advance(long importId, int rows) {
        Counter c = running.get(importId);
        if (c != null) {
            c.done().addAndGet(rows);
        }
    }

    void finish(long importId) {
        running.remove(importId);
    }

    public Done of(long importId) {
        Counter c = running.get(importId);
        return c == null ? new Done(0, 0) : new Done(c.done().get(), c.total());
    }
}

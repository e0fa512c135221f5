package id.sigap.audit.internal;

import id.sigap.shared.AuditEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit events other than writes (reads, refusals, logins) of one HTTP request on this thread, held until the
 * request's filter or a flush point before the response ({@code audit.web.RequestAuditFilter},
 * {@code ReadsFlushPoints}) inserts them through {@link AuditEventListener#flushHeldReads()}: one statement and one
 * commit per request instead of one per entry. Only while a scope is open; otherwise events are inserted at once.
 */
public final class RequestReads {

    /** More than this many held events are inserted at once, so a long request does not hold an unbounded list. */
    static final int MAX_HELD = 1000;

    private static final ThreadLocal<List<AuditEvent>> HELD = new ThreadLocal<>();

    private RequestReads() {}

    /** Opens the holder of the current thread's request; closing it drops what is still held (flush first). */
    public static Scope open() {
        HELD.set(new ArrayList<>());
        return HELD::remove;
    }

    /** Holds the event if a scope is open on this thread; false if none is (the caller inserts it itself). */
    static boolean hold(AuditEvent event) {
        List<AuditEvent> held = HELD.get();
        if (held == null) {
            return false;
        }
        held.add(event);
        return true;
    }

    static boolean full() {
        List<AuditEvent> held = HELD.get();
        return held != null && held.size() >= MAX_HELD;
    }

    /** The held events of this thread, in the order published, leaving the holder empty (but open). */
    static List<AuditEvent> drain() {
        List<AuditEvent> held = HELD.get();
        if (held == null || held.isEmpty()) {
            return List.of();
        }
        List<AuditEvent> out = List.copyOf(held);
        held.clear();
        return out;
    }

    /** An open holder. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}

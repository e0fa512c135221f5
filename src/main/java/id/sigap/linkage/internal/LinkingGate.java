package id.sigap.linkage.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * One writer at a time in the linkage tables (this server): incremental links are serialised, so that two
 * registrations of one person saved at once do not found two clusters. While a full relink runs, saved persons are
 * set aside and linked by the relink when it has written its result.
 */
@Component
class LinkingGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Long> pending = new LinkedHashSet<>();
    private boolean relinking;

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    /** True when the person must wait for the running relink (it is then remembered). */
    synchronized boolean deferred(long personId) {
        if (relinking) {
            pending.add(personId);
        }
        return relinking;
    }

    synchronized boolean beginRelink() {
        if (relinking) {
            return false;
        }
        relinking = true;
        return true;
    }

    /** Ends the relink and hands over the persons saved meanwhile. */
    synchronized List<Long> endRelink() {
        relinking = false;
        List<Long> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    synchronized boolean relinking() {
        return relinking;
    }
}

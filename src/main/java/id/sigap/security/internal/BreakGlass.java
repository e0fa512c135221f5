package id.sigap.security.internal;

import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent.Action;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-the-glass: a user takes temporary access (at most {@value #MAX_HOURS} hours) to a region outside his
 * scope, with a written reason. While it lasts, {@link AccessPolicy#scope} includes that region for the user's
 * roles. Time alone ends it (no scheduler): an access is active while not ended and not expired by the clock.
 * Every start and end is audited, and the owners of the region (its administrators and auditors) see it.
 */
@Service
public class BreakGlass implements BreakGlassRegions {

    public static final int MIN_REASON = 20;
    public static final int MAX_REASON = 2000;
    public static final int MAX_HOURS = 8;
    public static final int DEFAULT_HOURS = 2;
    public static final Duration RECENT = Duration.ofDays(30);
    static final Role[] OWNERS = {Role.SYSTEM_ADMIN, Role.AUDITOR};
    /** The per-request cache (user id to regions) of the current thread, while a request runs; see {@link #cachePerRequest}. */
    private static final ThreadLocal<Map<Long, List<String>>> REQUEST_CACHE = new ThreadLocal<>();

    private final BreakGlassStore store;
    private final Regions regions;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    BreakGlass(BreakGlassStore store, Regions regions, @Lazy AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.store = store;
        this.regions = regions;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public BreakGlassAccess start(SigapUser user, String regionCode, String reason, Integer hours) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = regionCode == null ? "" : regionCode.trim();
        try {
            code = regions.require(code, "regionCode").code();
            if (policy.grantedScope(user).covers(code)) {
                problems.add(new FieldProblem("regionCode", "breakglass.in-scope"));
            }
        } catch (SigapException.Invalid e) {
            problems.addAll(e.problems());
        }
        String why = reason == null ? "" : reason.trim();
        if (why.length() < MIN_REASON) {
            problems.add(new FieldProblem("reason", "breakglass.reason-too-short", MIN_REASON));
        } else if (why.length() > MAX_REASON) {
            problems.add(new FieldProblem("reason", "field.size"));
        }
        int h = hours == null ? DEFAULT_HOURS : hours;
        if (h < 1 || h > MAX_HOURS) {
            problems.add(new FieldProblem("hours", "breakglass.duration", MAX_HOURS));
        }
        if (user.grants().isEmpty()) {
            throw new SigapException.NotAllowed("breakglass.no-role");
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofHours(h));
        long id = store.insert(user.id(), code, why, now, expires);
        forget(user.id());
        // the reason is free text and may name people: it stays in sec.break_glass, never in the audit detail
        audit.record(Action.BREAK_GLASS, "break_glass", id, code, "start;expires=" + expires);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public void end(SigapUser user, long id) {
        BreakGlassAccess access = store.find(id)
                .filter(a -> a.userId() == user.id())
                .orElseThrow(() -> new SigapException.NotFound("breakglass.not-found"));
        if (!store.end(id, clock.instant())) {
            throw new SigapException.Conflict("breakglass.ended");
        }
        forget(user.id());
        audit.record(Action.BREAK_GLASS, "break_glass", id, access.regionCode(), "end");
    }

    /** Regions of the user's active access; read once per request. */
    @Override
    public List<String> activeRegions(long userId) {
        Map<Long, List<String>> cache = requestCache();
        if (cache == null) {
            return store.activeRegions(userId, clock.instant());
        }
        return cache.computeIfAbsent(userId, id -> List.copyOf(store.activeRegions(id, clock.instant())));
    }

    public List<BreakGlassAccess> of(SigapUser user) {
        return store.ofUser(user.id(), clock.instant().minus(RECENT));
    }

    /** True when the user owns some region (administrator or auditor there) and so oversees access into it. */
    public boolean oversees(SigapUser viewer) {
        return !policy.grantedScope(viewer, OWNERS).isEmpty();
    }

    /** Recent access into the viewer's regions, for their administrators and auditors. */
    public List<BreakGlassAccess> into(SigapUser viewer) {
        RegionScope scope = policy.grantedScope(viewer, OWNERS);
        if (scope.isEmpty()) {
            throw new SigapException.NotAllowed("access.denied");
        }
        return store.into(scope, clock.instant().minus(RECENT));
    }

    public Instant now() {
        return clock.instant();
    }

    private static void forget(long userId) {
        Map<Long, List<String>> cache = requestCache();
        if (cache != null) {
            cache.remove(userId);
        }
    }

    private static Map<Long, List<String>> requestCache() {
        return REQUEST_CACHE.get();
    }

    /**
     * Reads each user's active regions at most once until the returned handle is closed: the security filters open
     * it around each request. Without it (outside requests) every call reads the database.
     */
    public static RequestCache cachePerRequest() {
        REQUEST_CACHE.set(new java.util.concurrent.ConcurrentHashMap<>());
        return REQUEST_CACHE::remove;
    }

    /** An open per-request cache. */
    @FunctionalInterface
    public interface RequestCache extends AutoCloseable {
        @Override
        void close();
    }
}

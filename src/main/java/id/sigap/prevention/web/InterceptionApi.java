package id.sigap.prevention.web;

import id.sigap.prevention.Interception;
import id.sigap.prevention.InterceptionCounts;
import id.sigap.prevention.internal.InterceptionViews;
import id.sigap.prevention.internal.PreventionAccess;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Interceptions as JSON (contract: {@code GET /api/v1/interceptions?region=…&year=…}, token, scoped). A region outside
 * the caller's scope is a 403 (audited). Each interception carries its counts by sex and age group; the persons and
 * recruiters only for callers whose role may see persons there (field officers; reading them is audited), never for
 * secretaries or analysts. {@code totals} (with {@code year}, and {@code region} or a national caller) never count a
 * person twice where records and yearly aggregates overlap.
 */
@ApiController
class InterceptionApi {

    private final InterceptionViews views;
    private final InterceptionCounts counts;
    private final PreventionAccess access;

    InterceptionApi(InterceptionViews views, InterceptionCounts counts, PreventionAccess access) {
        this.views = views;
        this.counts = counts;
        this.access = access;
    }

    @GetMapping("/api/v1/interceptions")
    InterceptionList list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        SigapUser user = access.user();
        String r = Params.region(region);
        Integer y = Params.year(year);
        Page<Interception> found = views.list(user, r, y, sortOf(sort), PageRequest.of(page, size));
        Page<Interception> shown =
                found.map(i -> access.maySeePersons(user, i.regionCode()) ? views.read(user, i.id()) : i);
        boolean totals = y != null && (r != null || access.countScope(user).national());
        return new InterceptionList(r, y, totals ? counts.of(r, y) : null, shown);
    }

    @GetMapping("/api/v1/interceptions/{id}")
    Interception get(@PathVariable long id) {
        return views.read(access.user(), id);
    }

    private static InterceptionViews.Sort sortOf(String s) {
        if (s == null || s.isBlank()) {
            return InterceptionViews.Sort.DATE;
        }
        try {
            return InterceptionViews.Sort.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new id.sigap.shared.SigapException.Invalid("sort", "prevention.sort-unknown");
        }
    }

    record InterceptionList(
            String region, Integer year, InterceptionCounts.Counts totals, Page<Interception> interceptions) {}
}

package id.sigap.analytics.web;

import id.sigap.analytics.internal.DashboardQueries.Filter;
import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.CurrentUser;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one access decision of the dashboards, downloads and the statistics API: who may look (analysts, task-force
 * secretaries, administrators), at which scope (their region subtree), and whether a chosen province or regency lies
 * within it (a region outside is refused with 403 and audited by the access policy).
 */
@Component
class DashboardFilters {

    static final Role[] ROLES = {Role.ANALYST, Role.TASKFORCE_SECRETARY, Role.SYSTEM_ADMIN};
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Regions regions;
    private final Clock clock;

    DashboardFilters(CurrentUser currentUser, AccessPolicy access, Regions regions, Clock clock) {
        this.currentUser = currentUser;
        this.access = access;
        this.regions = regions;
        this.clock = clock;
    }

    /** The viewer's scope; refuses a user without any of the roles. */
    RegionScope scope() {
        SigapUser user = currentUser.require();
        RegionScope scope = access.scope(user, ROLES);
        if (scope.isEmpty()) {
            throw new SigapException.NotAllowed("analytics.not-allowed");
        }
        return scope;
    }

    /** The filter from request values: years (default this year) and a province or regency within the scope. */
    Filter filter(String region, String from, String to) {
        RegionScope scope = scope();
        int thisYear = LocalDate.now(clock).getYear();
        int fromYear = year(from, thisYear, "dari");
        int toYear = year(to, Math.max(fromYear, thisYear), "sampai");
        if (fromYear > toYear) {
            throw new SigapException.Invalid("dari", "analytics.period-invalid");
        }
        return new Filter(scope, region(region), fromYear, toYear);
    }

    /** A chosen region: blank for the whole scope; else a known province or regency the viewer may see. */
    String region(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String code = region.strip();
        if (!code.matches("\\d{2}(\\.\\d{2})?") || !regions.exists(code)) {
            throw new SigapException.Invalid("wilayah", "analytics.region-invalid");
        }
        access.require(currentUser.require(), code, "statistics", code, ROLES);
        return code;
    }

    /** The provinces (national viewers) or the scope's own regions to offer in the region filter. */
    List<String> roots(RegionScope scope) {
        return scope.national() ? List.of() : List.copyOf(scope.roots());
    }

    static int year(String value, int fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                throw new SigapException.Invalid(field, "analytics.year-invalid");
            }
            return y;
        } catch (NumberFormatException e) {
            throw new SigapException.Invalid(field, "analytics.year-invalid");
        }
    }
}

package id.sigap.security.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.Grant;
import id.sigap.security.SigapUser;
import id.sigap.security.internal.Account;
import id.sigap.security.internal.AgencyLookup;
import id.sigap.security.internal.GrantStore.StoredGrant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Rows for the user pages: agency and region names resolved, no password data. */
@Component
class UserViews {

    private final AgencyLookup agencies;
    private final Regions regions;
    private final Clock clock;

    UserViews(AgencyLookup agencies, Regions regions, Clock clock) {
        this.agencies = agencies;
        this.regions = regions;
        this.clock = clock;
    }

    record UserRow(
            long id,
            String username,
            String displayName,
            String email,
            long agencyId,
            String agencyName,
            boolean enabled,
            boolean locked,
            int version,
            Instant createdAt,
            @JsonIgnore String created,
            List<GrantRow> grants) {}

    /** A grant; {@code regionName} null for national scope. */
    record GrantRow(Long id, String role, String regionCode, String regionName) {}

    UserRow row(Account a, List<GrantRow> grants) {
        return new UserRow(
                a.id(),
                a.username(),
                a.displayName(),
                a.email(),
                a.agencyId(),
                agencies.name(a.agencyId()),
                a.enabled(),
                a.isLockedAt(clock.instant()),
                a.version(),
                a.createdAt(),
                Dates.format(a.createdAt()),
                grants);
    }

    /** A principal without a stored account (tests): what the principal itself says. */
    UserRow row(SigapUser u, List<GrantRow> grants) {
        return new UserRow(
                u.id(),
                u.username(),
                u.displayName(),
                null,
                u.agencyId(),
                agencies.name(u.agencyId()),
                true,
                false,
                0,
                null,
                null,
                grants);
    }

    GrantRow grant(Grant g) {
        return new GrantRow(null, g.role().name(), g.regionCode(), regionName(g.regionCode()));
    }

    GrantRow grant(StoredGrant g) {
        return new GrantRow(
                g.id(),
                g.grant().role().name(),
                g.grant().regionCode(),
                regionName(g.grant().regionCode()));
    }

    String regionName(String code) {
        return code == null ? null : regions.find(code).map(RegionRef::name).orElse(code);
    }
}

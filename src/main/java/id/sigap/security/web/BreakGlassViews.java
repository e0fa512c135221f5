package id.sigap.security.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.sigap.security.internal.Account;
import id.sigap.security.internal.AccountStore;
import id.sigap.security.internal.AgencyLookup;
import id.sigap.security.internal.BreakGlassAccess;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Rows of break-the-glass access for pages and the API: who, where, why, until when. */
@Component
class BreakGlassViews {

    private final AccountStore accounts;
    private final AgencyLookup agencies;
    private final UserViews users;

    BreakGlassViews(AccountStore accounts, AgencyLookup agencies, UserViews users) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.users = users;
    }

    record BreakGlassRow(
            long id,
            long userId,
            String username,
            String displayName,
            String agencyName,
            String regionCode,
            String regionName,
            String reason,
            Instant startedAt,
            Instant expiresAt,
            Instant endedAt,
            String status,
            @JsonIgnore String started,
            @JsonIgnore String expires) {}

    List<BreakGlassRow> rows(List<BreakGlassAccess> access, Instant now) {
        Map<Long, Account> who = accounts.findAll(
                access.stream().map(BreakGlassAccess::userId).distinct().toList());
        return access.stream()
                .map(a -> {
                    Account account = who.get(a.userId());
                    return new BreakGlassRow(
                            a.id(),
                            a.userId(),
                            account == null ? null : account.username(),
                            account == null ? null : account.displayName(),
                            account == null ? null : agencies.name(account.agencyId()),
                            a.regionCode(),
                            users.regionName(a.regionCode()),
                            a.reason(),
                            a.startedAt(),
                            a.expiresAt(),
                            a.endedAt(),
                            a.statusAt(now),
                            Dates.format(a.startedAt()),
                            Dates.format(a.endedAt() != null ? a.endedAt() : a.expiresAt()));
                })
                .toList();
    }
}

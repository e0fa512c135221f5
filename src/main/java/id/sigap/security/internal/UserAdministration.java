package id.sigap.security.internal;

import id.sigap.security.AuditTrail;
import id.sigap.security.Grant;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.security.UserAccounts.NewAccount;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a system administrator does to accounts within his scope (see {@link AdminScope}). */
@Service
public class UserAdministration {

    private final AdminScope scope;
    private final AccountStore accounts;
    private final AccountRegistry registry;
    private final AgencyLookup agencies;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    UserAdministration(
            AdminScope scope,
            AccountStore accounts,
            AccountRegistry registry,
            AgencyLookup agencies,
            PasswordRules rules,
            PasswordEncoder encoder,
            AuditTrail audit,
            Clock clock) {
        this.scope = scope;
        this.accounts = accounts;
        this.registry = registry;
        this.agencies = agencies;
        this.rules = rules;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** A profile edit: every field is replaced; {@code version} guards against lost updates. */
    public record ProfileChange(int version, String displayName, String email, long agencyId, boolean enabled) {}

    /** Accounts of the agencies in the administrator's scope. */
    public Page<Account> search(SigapUser admin, String text, PageRequest page, String sort) {
        RegionScope s = scope.of(admin);
        var agencyCondition = s.national()
                ? DSL.trueCondition()
                : id.sigap.security.internal.db.Tables.USER_ACCOUNT.AGENCY_ID.in(
                        agencies.inScope(s).stream().map(a -> a.id()).toList());
        return accounts.search(text, agencyCondition, page, sort);
    }

    public Account get(SigapUser admin, long id) {
        return scope.manageable(admin, id);
    }

    @Transactional
    public SigapUser create(SigapUser admin, NewAccount account) {
        scope.of(admin);
        if (account.agencyId() < 0) {
            throw new SigapException.Invalid("agencyId", "user.agency-required");
        }
        scope.requireAgency(admin, account.agencyId());
        for (Grant g : account.grants()) {
            scope.requireGrantable(admin, g, null);
        }
        return registry.create(account, admin.id());
    }

    @Transactional
    public void update(SigapUser admin, long id, ProfileChange change) {
        Account current = scope.manageable(admin, id);
        if (change.agencyId() != current.agencyId()) {
            scope.requireAgency(admin, change.agencyId());
        }
        if (current.id() == admin.id() && !change.enabled()) {
            throw new SigapException.Invalid("enabled", "user.self-disable");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = AccountRegistry.checkProfile(change.displayName(), change.email(), problems);
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        String email = AccountRegistry.blankToNull(change.email());
        if (!accounts.updateProfile(id, change.version(), name, email, change.agencyId(), change.enabled())) {
            throw new SigapException.Conflict("conflict.stale");
        }
        audit.updated("user", id, null, changed(current, name, email, change));
    }

    @Transactional
    public void resetPassword(SigapUser admin, long id, String password, String confirmation) {
        Account account = scope.manageable(admin, id);
        setPassword(account, password, confirmation);
    }

    /** Sets a new password after the rules (and the confirmation, when given) are satisfied. */
    void setPassword(Account account, String password, String confirmation) {
        List<FieldProblem> problems = new ArrayList<>(rules.check("newPassword", account.username(), password));
        if (confirmation != null && !confirmation.equals(password)) {
            problems.add(new FieldProblem("confirmPassword", "password.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        accounts.setPassword(account.id(), encoder.encode(password), clock.instant());
        audit.updated("user", account.id(), null, "password");
    }

    private static String changed(Account a, String name, String email, ProfileChange c) {
        StringJoiner j = new StringJoiner(",");
        if (!a.displayName().equals(name)) {
            j.add("displayName");
        }
        if (!java.util.Objects.equals(a.email(), email)) {
            j.add("email");
        }
        if (a.agencyId() != c.agencyId()) {
            j.add("agencyId");
        }
        if (a.enabled() != c.enabled()) {
            j.add("enabled");
        }
        return j.toString();
    }
}

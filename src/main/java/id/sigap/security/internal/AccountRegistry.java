package id.sigap.security.internal;

import id.sigap.region.Regions;
import id.sigap.security.AuditTrail;
import id.sigap.security.CurrentUser;
import id.sigap.security.Grant;
import id.sigap.security.SigapUser;
import id.sigap.security.UserAccounts;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and loads accounts; the one place where an account comes into being. */
@Service
public class AccountRegistry implements UserAccounts {

    static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]{2,63}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;

    private final AccountStore accounts;
    private final GrantStore grants;
    private final PasswordEncoder encoder;
    private final PasswordRules rules;
    private final Regions regions;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountRegistry(
            AccountStore accounts,
            GrantStore grants,
            PasswordEncoder encoder,
            PasswordRules rules,
            Regions regions,
            AuditTrail audit,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.encoder = encoder;
        this.rules = rules;
        this.regions = regions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SigapUser provision(NewAccount account) {
        return create(account, currentUser.get().map(SigapUser::id).orElse(null));
    }

    @Override
    public Optional<SigapUser> find(long id) {
        return accounts.find(id).map(a -> a.toUser(grants.grants(a.id())));
    }

    @Override
    public Optional<SigapUser> findByUsername(String username) {
        return accounts.findByUsername(username).map(a -> a.toUser(grants.grants(a.id())));
    }

    /** Validates and stores a new account with its grants; every problem is reported at once. */
    @Transactional
    public SigapUser create(NewAccount a, Long grantedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = AccountStore.normalize(a.username());
        checkUsername(username, problems);
        String name = checkProfile(a.displayName(), a.email(), problems);
        String email = blankToNull(a.email());
        problems.addAll(rules.check("password", username, a.password()));
        for (Grant g : a.grants()) {
            checkRegion(g.regionCode(), "regionCode", problems);
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        Instant now = clock.instant();
        long id;
        try {
            id = accounts.insert(username, name, email, a.agencyId(), encoder.encode(a.password()), now);
        } catch (DuplicateKeyException e) {
            throw new SigapException.Invalid("username", "user.username-taken");
        }
        for (Grant g : a.grants()) {
            grants.add(id, g, grantedBy, now);
        }
        audit.created("user", id, null);
        return find(id).orElseThrow();
    }

    void checkUsername(String username, List<FieldProblem> problems) {
        if (username == null || username.isEmpty()) {
            problems.add(new FieldProblem("username", "field.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "user.username-invalid"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "user.username-taken"));
        }
    }

    /** Checks name and e-mail; returns the trimmed name. */
    static String checkProfile(String displayName, String email, List<FieldProblem> problems) {
        String name = blankToNull(displayName);
        if (name == null) {
            problems.add(new FieldProblem("displayName", "field.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("displayName", "field.size"));
        }
        String mail = blankToNull(email);
        if (mail != null && (mail.length() > MAX_EMAIL || !EMAIL.matcher(mail).matches())) {
            problems.add(new FieldProblem("email", "field.email"));
        }
        return name;
    }

    void checkRegion(String code, String field, List<FieldProblem> problems) {
        if (code == null) {
            return;
        }
        try {
            regions.require(code, field);
        } catch (SigapException.Invalid e) {
            problems.addAll(e.problems());
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

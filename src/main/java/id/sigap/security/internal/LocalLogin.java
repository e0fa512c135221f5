package id.sigap.security.internal;

import id.sigap.security.SigapUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password, with lockout: the {@value Account#MAX_FAILED_ATTEMPTS}th failure in a row locks
 * the account for {@link #LOCK_DURATION}. Every refusal looks the same from outside (unknown user, wrong password,
 * locked, disabled) and costs the same time, so nobody learns whether an account exists.
 */
@Service
public class LocalLogin {

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AccountStore accounts;
    private final GrantStore grants;
    private final PasswordEncoder encoder;
    private final SecurityAudit audit;
    private final Clock clock;
    private final String timingHash;

    LocalLogin(AccountStore accounts, GrantStore grants, PasswordEncoder encoder, SecurityAudit audit, Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.timingHash = encoder.encode("timing-equaliser-" + new java.security.SecureRandom().nextLong());
    }

    /** The user, or empty when refused (the refusal is audited and counted). */
    public Optional<SigapUser> authenticate(String username, String password) {
        String given = password == null ? "" : password;
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(given, timingHash);
            audit.failed(null);
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (!account.canSignInAt(now)) {
            encoder.matches(given, timingHash);
            audit.failed(account.id());
            return Optional.empty();
        }
        if (!encoder.matches(given, account.passwordHash())) {
            accounts.recordFailure(account.id(), now, LOCK_DURATION);
            audit.failed(account.id());
            return Optional.empty();
        }
        accounts.recordSuccess(account.id());
        if (encoder.upgradeEncoding(account.passwordHash())) {
            accounts.upgradeHash(account.id(), account.passwordHash(), encoder.encode(given));
        }
        return Optional.of(account.toUser(grants.grants(account.id())));
    }

    /** True when {@code password} is the account's current password (no lockout bookkeeping: already signed in). */
    public boolean isCurrentPassword(long accountId, String password) {
        return accounts.find(accountId)
                .map(a -> encoder.matches(password == null ? "" : password, a.passwordHash()))
                .orElse(false);
    }
}

package id.sigap.security.internal;

import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent.Action;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: {@code sgp_} followed by 32 random bytes (base64url). Only their SHA-256 is stored, so
 * the token is shown once; a token acts as its owner with the owner's current grants, until it expires or is
 * revoked (which takes effect on the next request).
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "sgp_";
    public static final int MAX_DAYS = 365;
    public static final int MAX_NAME = 100;
    private static final Pattern FORMAT = Pattern.compile("^sgp_[A-Za-z0-9_-]{43}$");

    private final AccessTokenStore tokens;
    private final AccountStore accounts;
    private final GrantStore grants;
    private final SecurityAudit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(AccessTokenStore tokens, AccountStore accounts, GrantStore grants, SecurityAudit audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just created: the only moment its secret exists outside the caller's hands. */
    public record IssuedToken(long id, String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[id=" + id + "]";
        }
    }

    /** Issues a token named {@code name} for {@code owner}, valid {@code days} days (null: until revoked). */
    @Transactional
    public IssuedToken issue(SigapUser owner, String name, Integer days) {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            problems.add(new FieldProblem("name", "field.required"));
        } else if (trimmed.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "field.size"));
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            problems.add(new FieldProblem("expiresInDays", "token.expiry-too-far", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = days == null ? null : now.plus(Duration.ofDays(days));
        long id = tokens.insert(owner.id(), trimmed, hash(token), token.substring(0, 8), now, expiresAt);
        audit.publish(owner, Action.TOKEN_ISSUED, "access_token", id, null, null);
        return new IssuedToken(id, token, expiresAt);
    }

    /** The owner of {@code token} with their current grants, if the token is usable and the account enabled. */
    public Optional<SigapUser> authenticate(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.usable(hash(token), now).flatMap(t -> {
            tokens.touch(t.id(), now);
            return accounts.find(t.userId()).filter(Account::enabled).map(a -> a.toUser(grants.grants(a.id())));
        });
    }

    public List<AccessToken> of(SigapUser owner) {
        return tokens.ofUser(owner.id());
    }

    /** Revokes one of the owner's tokens; someone else's token is "not found". */
    @Transactional
    public void revoke(SigapUser owner, long tokenId) {
        AccessToken t = tokens.find(tokenId)
                .filter(found -> found.userId() == owner.id())
                .orElseThrow(() -> new SigapException.NotFound("token.not-found"));
        if (tokens.revoke(t.id(), clock.instant())) {
            audit.publish(owner, Action.TOKEN_REVOKED, "access_token", t.id(), null, null);
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

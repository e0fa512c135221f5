package id.sigap.security.internal;

import id.sigap.security.SigapUser;
import java.io.Serial;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in Sigap user (password, OpenID Connect or access token). Authorities are {@code ROLE_<role>} of the
 * user's grants. The account behind it is reloaded on every request ({@link FreshGrantsFilter}), so a revoked role
 * or a disabled account takes effect at once.
 */
public final class SigapAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How the user proved who they are. */
    public enum Method {
        PASSWORD,
        OIDC,
        TOKEN
    }

    private final SigapUser user;
    private final Method method;
    private final Instant authenticatedAt;

    public SigapAuthentication(SigapUser user, Method method, Instant authenticatedAt) {
        super(authorities(user));
        this.user = user;
        this.method = method;
        this.authenticatedAt = authenticatedAt;
        setAuthenticated(true);
    }

    /** The same sign-in with the account as it is now. */
    public SigapAuthentication withUser(SigapUser fresh) {
        SigapAuthentication a = new SigapAuthentication(fresh, method, authenticatedAt);
        a.setDetails(getDetails());
        return a;
    }

    public static List<GrantedAuthority> authorities(SigapUser user) {
        return user.grants().stream()
                .map(g -> "ROLE_" + g.role().name())
                .distinct()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public SigapUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }

    public Method method() {
        return method;
    }

    public Instant authenticatedAt() {
        return authenticatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigapAuthentication other
                && super.equals(other)
                && method == other.method
                && authenticatedAt.equals(other.authenticatedAt);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + method.hashCode();
    }
}

package id.sigap.security.web.chain;

import id.sigap.security.internal.Account;
import id.sigap.security.internal.AccountStore;
import id.sigap.security.internal.BreakGlass;
import id.sigap.security.internal.GrantStore;
import id.sigap.security.internal.SigapAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in account and its grants once per request, so that a revoked role or a disabled account
 * takes effect on the next request, not at the next sign-in. The fresh user lives in this request's security
 * context only (the session keeps the sign-in as it was). A disabled or vanished account ends the session. Also
 * opens the per-request cache of break-the-glass regions ({@link BreakGlass#cachePerRequest}).
 */
class FreshGrantsFilter extends OncePerRequestFilter {

    /** Set by filters that authenticated this very request from fresh data (access tokens). */
    static final String FRESH = FreshGrantsFilter.class.getName() + ".FRESH";

    private final AccountStore accounts;
    private final GrantStore grants;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    FreshGrantsFilter(AccountStore accounts, GrantStore grants) {
        this.accounts = accounts;
        this.grants = grants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = holder.getContext().getAuthentication();
        if (auth instanceof SigapAuthentication signedIn && request.getAttribute(FRESH) == null) {
            Optional<Account> account =
                    accounts.find(signedIn.getPrincipal().id()).filter(Account::enabled);
            SecurityContext context = holder.createEmptyContext();
            if (account.isPresent()) {
                Account a = account.get();
                context.setAuthentication(signedIn.withUser(a.toUser(grants.grants(a.id()))));
            } else {
                context.setAuthentication(new AnonymousAuthenticationToken(
                        "sigap-ended", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            holder.setContext(context);
            request.setAttribute(FRESH, Boolean.TRUE);
        }
        try (var cache = BreakGlass.cachePerRequest()) {
            chain.doFilter(request, response);
        }
    }
}

package id.sigap.security.web.chain;

import id.sigap.security.internal.Account;
import id.sigap.security.internal.GrantStore;
import id.sigap.security.internal.OidcAccounts;
import id.sigap.security.internal.SigapAuthentication;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After the provider vouched for somebody: the provider's token is replaced by a {@link SigapAuthentication} of the
 * mapped account (so every request sees a {@link id.sigap.security.SigapUser}), the sign-in is audited, and the
 * user goes on like after a password sign-in. Refusals go back to the login page with a clear message.
 */
class OidcLoginHandlers {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OidcLoginHandlers.class);

    private final OidcAccounts oidcAccounts;
    private final GrantStore grants;
    private final SecurityContextRepository contexts;
    private final AuthenticationSuccessHandler next;

    OidcLoginHandlers(
            OidcAccounts oidcAccounts,
            GrantStore grants,
            SecurityContextRepository contexts,
            LoginHandlers handlers,
            RequestCache cache) {
        this.oidcAccounts = oidcAccounts;
        this.grants = grants;
        this.contexts = contexts;
        this.next = handlers.success(cache);
    }

    AuthenticationSuccessHandler success() {
        return this::succeeded;
    }

    AuthenticationFailureHandler failure() {
        return OidcLoginHandlers::failed;
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication provider)
            throws IOException, ServletException {
        var account = provider.getPrincipal() instanceof OidcUser person
                ? oidcAccounts.account(person).filter(Account::enabled)
                : java.util.Optional.<Account>empty();
        var holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        if (account.isEmpty()) {
            holder.setContext(context);
            contexts.saveContext(context, request, response);
            failed(request, response, new OAuth2AuthenticationException(OidcAccounts.UNKNOWN_USER));
            return;
        }
        Account a = account.get();
        SigapAuthentication signedIn = new SigapAuthentication(
                a.toUser(grants.grants(a.id())),
                SigapAuthentication.Method.OIDC,
                oidcAccounts.clock().instant());
        signedIn.setDetails(provider.getDetails());
        context.setAuthentication(signedIn);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        next.onAuthenticationSuccess(request, response, signedIn);
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean unknown = e instanceof OAuth2AuthenticationException o
                && OidcAccounts.UNKNOWN_USER.equals(o.getError().getErrorCode());
        if (!unknown) {
            // the provider's error code only: its descriptions may echo claims
            log.warn(
                    "OpenID Connect sign-in failed: {}",
                    e instanceof OAuth2AuthenticationException o
                            ? o.getError().getErrorCode()
                            : e.getClass().getSimpleName());
            log.debug("OpenID Connect sign-in failure", e);
        }
        response.sendRedirect(request.getContextPath() + "/login?oidc=" + (unknown ? "unknown" : "failed"));
    }
}

package id.sigap.security.web.chain;

import id.sigap.security.internal.SecurityAudit;
import id.sigap.security.internal.SigapAuthentication;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/** What happens after signing in (audited, back to the page asked for), failing to, and signing out. */
@Component
class LoginHandlers {

    private final SecurityAudit audit;

    LoginHandlers(SecurityAudit audit) {
        this.audit = audit;
    }

    SavedRequestAwareAuthenticationSuccessHandler success(RequestCache cache) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                if (authentication instanceof SigapAuthentication signedIn) {
                    audit.loggedIn(signedIn.getPrincipal(), signedIn.method());
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setRequestCache(cache);
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    AuthenticationFailureHandler failure() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error");
    }

    LogoutSuccessHandler logoutSuccess() {
        return (request, response, authentication) -> {
            if (authentication instanceof SigapAuthentication signedIn) {
                audit.loggedOut(signedIn.getPrincipal());
            }
            response.sendRedirect(request.getContextPath() + "/login?logout");
        };
    }
}

package id.sigap.security.internal;

import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextCurrentUser implements CurrentUser {

    @Override
    public SigapUser require() {
        return get().orElseThrow(() -> new SigapException.NotAllowed("auth.required"));
    }

    @Override
    public Optional<SigapUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SigapUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}

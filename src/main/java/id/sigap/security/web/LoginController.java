package id.sigap.security.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (the form posts to Spring Security's {@code POST /login}). */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(
            Authentication authentication,
            @RequestParam(required = false) String error,
            @RequestParam(required = false, name = "oidc") String oidcError,
            @RequestParam(required = false) String logout,
            @RequestParam(required = false) String expired,
            Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute(
                "oidcFailure", oidcError == null ? null : "unknown".equals(oidcError) ? "unknown" : "failed");
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("oidcEnabled", oidc.getIfAvailable() != null);
        return "security/login";
    }
}

package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.security.internal.AccessToken;
import id.sigap.security.internal.AccessTokens;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /akun/token}: the signed-in user's personal access tokens: list, create (shown once), revoke. */
@Controller
class TokenPageController {

    static final List<Integer> EXPIRY_CHOICES = List.of(7, 30, 90, 365, 0);

    private final AccessTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    TokenPageController(AccessTokens tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record TokenRow(
            long id, String name, String hint, String created, String expires, String lastUsed, String status) {}

    @GetMapping("/akun/token")
    String list(Model model) {
        return page(model, currentUser.require(), null, "", 30);
    }

    @PostMapping("/akun/token")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "30") int expiresInDays,
            Model model,
            HttpServletResponse response) {
        SigapUser user = currentUser.require();
        try {
            var issued = tokens.issue(user, name, expiresInDays == 0 ? null : expiresInDays);
            model.addAttribute("issued", issued.token());
            model.addAttribute("issuedExpires", Dates.format(issued.expiresAt()));
            return page(model, user, null, "", 30);
        } catch (SigapException.Invalid e) {
            response.setStatus(422);
            return page(model, user, e, name, expiresInDays);
        }
    }

    @PostMapping("/akun/token/{id}/cabut")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(currentUser.require(), id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/akun/token";
    }

    private String page(Model model, SigapUser user, SigapException.Invalid invalid, String name, int days) {
        Instant now = clock.instant();
        model.addAttribute(
                "tokens", tokens.of(user).stream().map(t -> row(t, now)).toList());
        model.addAttribute("name", name);
        model.addAttribute("expiresInDays", days);
        model.addAttribute("expiryChoices", EXPIRY_CHOICES);
        model.addAttribute(FormErrors.ATTRIBUTE, invalid == null ? FormErrors.none() : FormErrors.of(invalid));
        return "security/tokens";
    }

    private static TokenRow row(AccessToken t, Instant now) {
        String status = t.isRevoked() ? "revoked" : t.isExpiredAt(now) ? "expired" : "active";
        return new TokenRow(
                t.id(),
                t.name(),
                t.hint(),
                Dates.format(t.createdAt()),
                Dates.format(t.expiresAt()),
                Dates.format(t.lastUsedAt()),
                status);
    }
}

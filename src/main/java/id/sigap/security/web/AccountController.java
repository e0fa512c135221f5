package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.SigapUser;
import id.sigap.security.internal.OwnAccount;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /akun}: the signed-in user's own account, roles and password. */
@Controller
class AccountController {

    private final OwnAccount own;
    private final CurrentUser currentUser;
    private final UserViews views;

    AccountController(OwnAccount own, CurrentUser currentUser, UserViews views) {
        this.own = own;
        this.currentUser = currentUser;
        this.views = views;
    }

    @GetMapping("/akun")
    String show(Model model) {
        return page(model, null);
    }

    @PostMapping("/akun/kata-sandi")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            own.changePassword(currentUser.require(), currentPassword, newPassword, confirmPassword);
        } catch (SigapException.Invalid e) {
            response.setStatus(422);
            return page(model, e);
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/akun";
    }

    private String page(Model model, SigapException.Invalid invalid) {
        SigapUser user = currentUser.require();
        var grants = user.grants().stream().map(views::grant).toList();
        model.addAttribute(
                "user", own.find(user).map(a -> views.row(a, grants)).orElseGet(() -> views.row(user, grants)));
        model.addAttribute(FormErrors.ATTRIBUTE, invalid == null ? FormErrors.none() : FormErrors.of(invalid));
        return "security/account";
    }
}

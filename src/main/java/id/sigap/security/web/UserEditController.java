package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.internal.Account;
import id.sigap.security.internal.AdminScope;
import id.sigap.security.internal.AgencyLookup;
import id.sigap.security.internal.RoleAdministration;
import id.sigap.security.internal.UserAdministration;
import id.sigap.security.internal.UserAdministration.ProfileChange;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/pengguna/{id}}: one account: profile, enabled, password reset, roles. */
@Controller
@RequestMapping("/admin/pengguna/{id}")
class UserEditController {

    private final UserAdministration users;
    private final RoleAdministration roles;
    private final AdminScope adminScope;
    private final AgencyLookup agencies;
    private final UserViews views;
    private final CurrentUser currentUser;

    UserEditController(
            UserAdministration users,
            RoleAdministration roles,
            AdminScope adminScope,
            AgencyLookup agencies,
            UserViews views,
            CurrentUser currentUser) {
        this.users = users;
        this.roles = roles;
        this.adminScope = adminScope;
        this.agencies = agencies;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(id, model, null, null);
    }

    @PostMapping
    String update(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) Long agencyId,
            @RequestParam(defaultValue = "false") boolean enabled,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SigapUser admin = currentUser.require();
        try {
            if (agencyId == null) {
                throw new SigapException.Invalid("agencyId", "user.agency-required");
            }
            users.update(admin, id, new ProfileChange(version, displayName, email, agencyId, enabled));
        } catch (SigapException.Invalid e) {
            response.setStatus(422);
            return page(
                    id,
                    model,
                    e,
                    new ProfileChange(version, displayName, email, agencyId == null ? -1 : agencyId, enabled));
        }
        return done(id, "common.saved", redirect);
    }

    @PostMapping("/kata-sandi")
    String resetPassword(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            users.resetPassword(currentUser.require(), id, newPassword, confirmPassword);
        } catch (SigapException.Invalid e) {
            response.setStatus(422);
            return page(id, model, e, null);
        }
        return done(id, "user.password-reset", redirect);
    }

    @PostMapping("/peran")
    String grant(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String regionCode,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            roles.grant(currentUser.require(), id, role, regionCode);
        } catch (SigapException.Invalid e) {
            response.setStatus(422);
            model.addAttribute("grantRole", role);
            model.addAttribute("grantRegion", regionCode);
            return page(id, model, e, null);
        }
        return done(id, "grant.granted", redirect);
    }

    @PostMapping("/peran/{grantId}/cabut")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        roles.revoke(currentUser.require(), id, grantId);
        return done(id, "grant.revoked", redirect);
    }

    private static String done(long id, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/admin/pengguna/" + id;
    }

    private String page(long id, Model model, SigapException.Invalid invalid, ProfileChange edited) {
        SigapUser admin = currentUser.require();
        Account account = users.get(admin, id);
        var scope = adminScope.of(admin);
        model.addAttribute(
                "user",
                views.row(
                        account, roles.of(admin, id).stream().map(views::grant).toList()));
        model.addAttribute(
                "profile",
                edited != null
                        ? edited
                        : new ProfileChange(
                                account.version(),
                                account.displayName(),
                                account.email(),
                                account.agencyId(),
                                account.enabled()));
        model.addAttribute("agencies", agencies.inScope(scope));
        model.addAttribute("roles", Role.values());
        model.addAttribute("national", scope.national());
        model.addAttribute("self", account.id() == admin.id());
        if (!model.containsAttribute("grantRole")) {
            model.addAttribute("grantRole", "");
            model.addAttribute("grantRegion", "");
        }
        model.addAttribute(FormErrors.ATTRIBUTE, invalid == null ? FormErrors.none() : FormErrors.of(invalid));
        return "security/user-edit";
    }
}

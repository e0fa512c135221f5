package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.UserAccounts.NewAccount;
import id.sigap.security.internal.AdminScope;
import id.sigap.security.internal.AgencyLookup;
import id.sigap.security.internal.GrantStore;
import id.sigap.security.internal.UserAdministration;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/pengguna}: the accounts in the administrator's scope, and creating one. */
@Controller
@RequestMapping("/admin/pengguna")
class UserAdminController {

    private final UserAdministration users;
    private final AdminScope adminScope;
    private final AgencyLookup agencies;
    private final GrantStore grants;
    private final UserViews views;
    private final CurrentUser currentUser;

    UserAdminController(
            UserAdministration users,
            AdminScope adminScope,
            AgencyLookup agencies,
            GrantStore grants,
            UserViews views,
            CurrentUser currentUser) {
        this.users = users;
        this.adminScope = adminScope;
        this.agencies = agencies;
        this.grants = grants;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** The create form as posted; {@code role}/{@code regionCode} optionally grant a first role. */
    record UserForm(
            String username,
            String displayName,
            String email,
            String agencyId,
            String password,
            String role,
            String regionCode) {

        static UserForm empty() {
            return new UserForm("", "", "", null, "", "", "");
        }

        NewAccount toAccount() {
            List<Grant> first = role == null || role.isBlank()
                    ? List.of()
                    : List.of(new Grant(
                            Role.valueOf(role), regionCode == null || regionCode.isBlank() ? null : regionCode.trim()));
            return new NewAccount(username, displayName, email, agency(), password, first);
        }

        /** The chosen agency's id; -1 (refused as "choose an agency") when none or not a number. */
        public long agency() {
            try {
                return agencyId == null || agencyId.isBlank() ? -1 : Long.parseLong(agencyId.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public String toString() {
            return "UserForm[username=" + username + "]";
        }
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            Model model) {
        SigapUser admin = currentUser.require();
        var found = users.search(admin, q, PageRequest.of(page, null), sort);
        Map<Long, List<Grant>> byUser =
                grants.grantsOf(found.content().stream().map(a -> a.id()).toList());
        model.addAttribute(
                "users",
                found.map(a -> views.row(
                        a,
                        byUser.getOrDefault(a.id(), List.of()).stream()
                                .map(views::grant)
                                .toList())));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", sort == null ? "username" : sort);
        return "security/users";
    }

    @GetMapping("/baru")
    String form(Model model) {
        return form(model, UserForm.empty(), null);
    }

    @PostMapping
    String create(
            @ModelAttribute UserForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SigapUser admin = currentUser.require();
        try {
            if (form.role() != null && !form.role().isBlank() && !isRole(form.role())) {
                throw new SigapException.Invalid("role", "grant.role-required");
            }
            SigapUser created = users.create(admin, form.toAccount());
            redirect.addFlashAttribute("flash", "user.created");
            return "redirect:/admin/pengguna/" + created.id();
        } catch (SigapException.Invalid e) {
            response.setStatus(422);
            return form(model, form, e);
        }
    }

    private String form(Model model, UserForm form, SigapException.Invalid invalid) {
        var scope = adminScope.of(currentUser.require());
        model.addAttribute("form", form);
        model.addAttribute("agencies", agencies.inScope(scope));
        model.addAttribute("roles", Role.values());
        model.addAttribute("national", scope.national());
        model.addAttribute(FormErrors.ATTRIBUTE, invalid == null ? FormErrors.none() : FormErrors.of(invalid));
        return "security/user-new";
    }

    private static boolean isRole(String role) {
        for (Role r : Role.values()) {
            if (r.name().equals(role)) {
                return true;
            }
        }
        return false;
    }
}

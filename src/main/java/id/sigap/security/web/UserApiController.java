package id.sigap.security.web;

import id.sigap.security.CurrentUser;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.security.UserAccounts.NewAccount;
import id.sigap.security.internal.Account;
import id.sigap.security.internal.RoleAdministration;
import id.sigap.security.internal.UserAdministration;
import id.sigap.security.internal.UserAdministration.ProfileChange;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** {@code /api/v1/users}: user administration for system administrators, within their scope. */
@ApiController
@RequestMapping("/api/v1/users")
class UserApiController {

    private final UserAdministration users;
    private final RoleAdministration roles;
    private final UserViews views;
    private final CurrentUser currentUser;

    UserApiController(UserAdministration users, RoleAdministration roles, UserViews views, CurrentUser currentUser) {
        this.users = users;
        this.roles = roles;
        this.views = views;
        this.currentUser = currentUser;
    }

    record GrantRequest(String role, String regionCode) {}

    record CreateRequest(
            String username,
            String displayName,
            String email,
            Long agencyId,
            String password,
            List<GrantRequest> grants) {
        @Override
        public String toString() {
            return "CreateRequest[username=" + username + "]";
        }
    }

    record UpdateRequest(Integer version, String displayName, String email, Long agencyId, Boolean enabled) {}

    record PasswordRequest(String password) {
        @Override
        public String toString() {
            return "PasswordRequest[]";
        }
    }

    @GetMapping
    Page<UserViews.UserRow> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        SigapUser admin = currentUser.require();
        Page<Account> found = users.search(admin, q, PageRequest.of(page, size), sort);
        return found.map(a -> views.row(a, List.of()));
    }

    @GetMapping("/{id}")
    UserViews.UserRow get(@PathVariable long id) {
        SigapUser admin = currentUser.require();
        return views.row(
                users.get(admin, id),
                roles.of(admin, id).stream().map(views::grant).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserViews.UserRow create(@RequestBody CreateRequest request) {
        SigapUser admin = currentUser.require();
        List<Grant> grants = request.grants() == null
                ? List.of()
                : request.grants().stream().map(UserApiController::grant).toList();
        SigapUser created = users.create(
                admin,
                new NewAccount(
                        request.username(),
                        request.displayName(),
                        request.email(),
                        request.agencyId() == null ? -1 : request.agencyId(),
                        request.password(),
                        grants));
        return get(created.id());
    }

    @PutMapping("/{id}")
    UserViews.UserRow update(@PathVariable long id, @RequestBody UpdateRequest request) {
        if (request.version() == null) {
            throw new SigapException.Invalid("version", "field.required");
        }
        if (request.agencyId() == null) {
            throw new SigapException.Invalid("agencyId", "user.agency-required");
        }
        users.update(
                currentUser.require(),
                id,
                new ProfileChange(
                        request.version(),
                        request.displayName(),
                        request.email(),
                        request.agencyId(),
                        request.enabled() == null || request.enabled()));
        return get(id);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable long id, @RequestBody PasswordRequest request) {
        users.resetPassword(currentUser.require(), id, request.password(), null);
    }

    @PostMapping("/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> grant(@PathVariable long id, @RequestBody GrantRequest request) {
        return Map.of("id", roles.grant(currentUser.require(), id, request.role(), request.regionCode()));
    }

    @DeleteMapping("/{id}/grants/{grantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, @PathVariable long grantId) {
        roles.revoke(currentUser.require(), id, grantId);
    }

    private static Grant grant(GrantRequest g) {
        try {
            Role role = Role.valueOf(g.role() == null ? "" : g.role().trim());
            return new Grant(
                    role,
                    g.regionCode() == null || g.regionCode().isBlank()
                            ? null
                            : g.regionCode().trim());
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid("role", "grant.role-required");
        }
    }
}

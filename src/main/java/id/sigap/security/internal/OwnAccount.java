package id.sigap.security.internal;

import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do to their own account. */
@Service
public class OwnAccount {

    private final AccountStore accounts;
    private final LocalLogin login;
    private final UserAdministration administration;

    OwnAccount(AccountStore accounts, LocalLogin login, UserAdministration administration) {
        this.accounts = accounts;
        this.login = login;
        this.administration = administration;
    }

    public Account of(SigapUser user) {
        return find(user).orElseThrow(() -> new SigapException.NotFound("user.not-found"));
    }

    /** The stored account; empty for a principal without one (tests). */
    public java.util.Optional<Account> find(SigapUser user) {
        return accounts.find(user.id());
    }

    /** Changes the password after checking the current one, the rules and the confirmation. */
    @Transactional
    public void changePassword(SigapUser user, String current, String password, String confirmation) {
        if (!login.isCurrentPassword(user.id(), current)) {
            throw new SigapException.Invalid("currentPassword", "password.wrong-current");
        }
        administration.setPassword(of(user), password, confirmation == null ? "" : confirmation);
    }
}

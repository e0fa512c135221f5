package id.sigap.security;

import java.util.List;
import java.util.Optional;

/**
 * Staff accounts as other modules see them. Administrators manage accounts in the UI ({@code /admin/pengguna});
 * this API is for code that must create accounts without an acting administrator: the first start, demo data and
 * tests. Passwords must satisfy the password rules; errors are {@link id.sigap.shared.SigapException.Invalid}.
 */
public interface UserAccounts {

    /** Creates an enabled account with its grants (granted by the current user, if any) and returns it. */
    SigapUser provision(NewAccount account);

    Optional<SigapUser> find(long id);

    /** Case-insensitive. */
    Optional<SigapUser> findByUsername(String username);

    /**
     * A new account. {@code agencyId} is an agency of the organization module, or
     * {@link AgencyDirectory#SECRETARIAT} for system operators.
     */
    record NewAccount(
            String username, String displayName, String email, long agencyId, String password, List<Grant> grants) {

        public NewAccount {
            grants = grants == null ? List.of() : List.copyOf(grants);
        }
    }
}

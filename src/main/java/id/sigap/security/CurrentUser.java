package id.sigap.security;

import java.util.Optional;

/** The staff member behind the current request. */
public interface CurrentUser {

    /** The signed-in user; throws {@link id.sigap.shared.SigapException.NotAllowed} when nobody is signed in. */
    SigapUser require();

    Optional<SigapUser> get();
}

package id.sigap.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import id.sigap.security.UserAccounts.NewAccount;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Stored accounts for integration tests: unique usernames (tests never assume an empty database), one known
 * password, and a real form login that returns the signed-in session.
 */
public final class StoredUsers {

    public static final String PASSWORD = "Uji-Coba-Sigap-2025";

    private StoredUsers() {}

    public static String uniqueUsername(String prefix) {
        return (prefix + "." + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    public static SigapUser create(UserAccounts accounts, long agencyId, Grant... grants) {
        return accounts.provision(
                new NewAccount(uniqueUsername("uji"), "Pengguna Uji", null, agencyId, PASSWORD, List.of(grants)));
    }

    /** Signs in through the login form and returns the authenticated session. */
    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status != 302 || location == null || location.contains("/login")) {
            throw new AssertionError("login of " + username + " failed: " + status + " " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession login(MockMvc mvc, SigapUser user) throws Exception {
        return login(mvc, user.username(), PASSWORD);
    }
}

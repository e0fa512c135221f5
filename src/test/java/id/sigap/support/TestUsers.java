package id.sigap.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Principals for MockMvc tests that do not need a stored account. Tests of login itself use real accounts.
 */
public final class TestUsers {

    private static final AtomicLong IDS = new AtomicLong(-1000);

    private TestUsers() {}

    public static SigapUser user(long agencyId, Grant... grants) {
        long id = IDS.decrementAndGet();
        return new SigapUser(id, "test" + (-id), "Test User " + (-id), agencyId, List.of(grants));
    }

    public static SigapUser user(Role role, String regionCode) {
        return user(0L, new Grant(role, regionCode));
    }

    public static RequestPostProcessor as(SigapUser user) {
        var authorities = user.grants().stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .distinct()
                .toList();
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }
}

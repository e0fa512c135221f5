package id.sigap.bench;

import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.UserAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's signed-in users, created through the public APIs of organization and security: investigators of a
 * (synthetic) benchmark police unit with a grant on one province, so that every search runs with a province scope
 * and identifiers are shown clear (needed to learn NIKs to search for). Usernames are new on every run.
 */
final class BenchAccounts {

    static final String FALLBACK_PROVINCE = "53";

    private BenchAccounts() {}

    /** The province holding the most persons (the hardest "within a province" search), or NTT when there are none. */
    static String busiestProvince(JdbcTemplate jdbc) {
        List<String> top = jdbc.queryForList(
                "SELECT substr(region_code, 1, 2) FROM cases.person GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
                String.class);
        return top.isEmpty() ? FALLBACK_PROVINCE : top.getFirst();
    }

    static List<String> ensure(
            Agencies agencies, UserAccounts accounts, String province, String runId, int count, String password) {
        String agencyName = "Unit Benchmark Sigap (sintetis) " + province;
        long agencyId = agencies.findByName(province, agencyName)
                .orElseGet(() -> agencies.create(NewAgency.of(agencyName, AgencyType.POLICE_UNIT, province)))
                .id();
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String username = String.format(Locale.ROOT, "bench.%s.%02d", runId, i);
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.provision(new UserAccounts.NewAccount(
                        username,
                        "Pengguna Benchmark " + i,
                        null,
                        agencyId,
                        password,
                        List.of(new Grant(Role.INVESTIGATOR, province))));
            }
            usernames.add(username);
        }
        return usernames;
    }
}

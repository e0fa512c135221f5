package id.sigap.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The work inbox of one agency holding {@link #OPEN_ITEMS} open service items (some overdue), read by its signed-in
 * staff over HTTP ({@code GET /api/v1/inbox}: counts, referrals waiting, overdue and running items, visits,
 * notifications); the baseline runs the same SQL by raw JDBC. The items are added deterministically by SQL (one
 * statement, {@code generate_series}) to the agency's first cases, once.
 */
final class InboxScenario {

    static final int OPEN_ITEMS = 10_000;
    static final String KIND = "inbox";
    static final String BASELINE = "baseline: inbox SQL by JDBC";
    static final int LIMIT = 100;

    private final DataSource db;
    private final List<Browser> browsers;
    final long agencyId;
    final int added;

    private InboxScenario(DataSource db, List<Browser> browsers, long agencyId, int added) {
        this.db = db;
        this.browsers = browsers;
        this.agencyId = agencyId;
        this.added = added;
    }

    static InboxScenario prepare(URI base, DataSource db, List<String> users, String password, int items)
            throws Exception {
        long agency = agencyOf(db, users.getFirst());
        int added = seed(db, agency, items);
        List<Browser> browsers = new ArrayList<>();
        for (String u : users) {
            browsers.add(new Browser(base).signIn(u, password));
        }
        return new InboxScenario(db, browsers, agency, added);
    }

    String http(int user, long iteration) throws Exception {
        String body = browsers.get(user % browsers.size()).get("/api/v1/inbox", "application/json");
        if (!body.contains("\"counts\"")) {
            throw new IllegalStateException("no inbox in the answer");
        }
        return KIND;
    }

    /** The inbox's SQL: six counts and four lists of at most 100 rows (as WorkInbox runs them). */
    String jdbc(int user, long iteration) throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String open = "provider_agency_id = ? AND due_on IS NOT NULL AND started_on IS NULL AND completed_on IS NULL"
                + " AND closing_reason IS NULL";
        try (Connection c = db.getConnection()) {
            count(c, "SELECT count(*) FROM support.referral WHERE to_agency_id = ? AND status = 'REQUESTED'", today);
            count(c, "SELECT count(*) FROM support.service_item WHERE " + open + " AND due_on >= ?", today);
            count(c, "SELECT count(*) FROM support.service_item WHERE " + open + " AND due_on < ?", today);
            count(
                    c,
                    "SELECT count(*) FROM support.reintegration_visit WHERE agency_id = ? AND visited_on IS NULL"
                            + " AND due_on < ?",
                    today);
            count(
                    c,
                    "SELECT count(*) FROM support.reintegration_visit WHERE agency_id = ? AND visited_on IS NULL"
                            + " AND due_on >= ?",
                    today);
            list(
                    c,
                    "SELECT * FROM support.referral WHERE to_agency_id = ? AND status = 'REQUESTED'"
                            + " ORDER BY requested_at, id LIMIT " + LIMIT,
                    today);
            list(
                    c,
                    "SELECT * FROM support.service_item WHERE " + open + " AND due_on < ? ORDER BY due_on, id LIMIT "
                            + LIMIT,
                    today);
            list(
                    c,
                    "SELECT * FROM support.service_item WHERE " + open + " AND due_on >= ? ORDER BY due_on, id"
                            + " LIMIT " + LIMIT,
                    today);
            list(
                    c,
                    "SELECT * FROM support.notification WHERE agency_id = ? ORDER BY created_at DESC, id DESC LIMIT 20",
                    today);
        }
        return BASELINE;
    }

    private void count(Connection c, String sql, LocalDate today) throws SQLException {
        list(c, sql, today);
    }

    private void list(Connection c, String sql, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, agencyId);
            if (ps.getParameterMetaData().getParameterCount() > 1) {
                ps.setObject(2, today);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    private static long agencyOf(DataSource db, String username) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT agency_id FROM sec.user_account WHERE lower(username) = lower(?)")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Adds open items for the agency until it holds {@code items}: for victims of cases of the agency's province
     * (in person id order; a synthetic case id when there are none), applied for 0–29 days ago by item number, so
     * that those applied more than 7 days ago are overdue. Returns how many were added.
     */
    static int seed(DataSource db, long agencyId, int items) throws SQLException {
        try (Connection c = db.getConnection()) {
            int have;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM support.service_item WHERE"
                    + " provider_agency_id = ? AND started_on IS NULL AND completed_on IS NULL"
                    + " AND closing_reason IS NULL")) {
                ps.setLong(1, agencyId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    have = rs.getInt(1);
                }
            }
            int missing = items - have;
            if (missing <= 0) {
                return 0;
            }
            String sql =
                    "WITH a AS (SELECT coalesce((SELECT region_code FROM org.agency WHERE id = ?), '53') AS region),"
                            + " v AS (SELECT cp.case_id, cp.person_id, row_number() OVER (ORDER BY cp.case_id, cp.person_id) AS rn"
                            + " FROM cases.case_person cp JOIN cases.case_file f ON f.id = cp.case_id, a"
                            + " WHERE cp.role = 'VICTIM' AND f.region_code LIKE substr(a.region, 1, 2) || '%')"
                            + " INSERT INTO support.service_item (case_id, person_id, region_code, province_code, service,"
                            + " provider_agency_id, requested_on, due_on, notes, recorded_by_name, created_at, updated_at)"
                            + " SELECT coalesce(v.case_id, -g), coalesce(v.person_id, -g), a.region, substr(a.region, 1, 2),"
                            + " (ARRAY['HEALTH_REHABILITATION','SOCIAL_REHABILITATION','REPATRIATION',"
                            + "'SOCIAL_REINTEGRATION'])[1 + g % 4], ?,"
                            + " current_date - (g % 30), current_date - (g % 30) + 7, 'benchmark item ' || g,"
                            + " 'Benchmark (sintetis)', now(), now()"
                            + " FROM generate_series(1, ?) g CROSS JOIN a"
                            + " LEFT JOIN v ON v.rn = (g - 1) % greatest((SELECT count(*) FROM v), 1) + 1";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, agencyId);
                ps.setLong(2, agencyId);
                ps.setInt(3, missing);
                return ps.executeUpdate();
            }
        }
    }
}

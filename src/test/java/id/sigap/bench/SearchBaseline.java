package id.sigap.bench;

import id.sigap.cases.internal.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The same queries as the application's, by raw JDBC: what the database alone costs, without HTTP, sessions, access
 * decisions, audit entries, decryption and rendering. The person queries repeat the application's SQL (the scope
 * predicate of an investigator of one province: registered in it, or in a case of it); the case page runs the
 * page's queries, the identifiers of all its persons in one query.
 */
final class SearchBaseline {

    private static final String VISIBLE = "(p.region_code = ? OR p.region_code LIKE ? OR EXISTS (SELECT 1 FROM"
            + " cases.case_person cp JOIN cases.case_file cf ON cf.id = cp.case_id WHERE cp.person_id = p.id AND"
            + " (cf.region_code = ? OR cf.region_code LIKE ?)))";
    private static final String NAME_MATCH = "(p.name_key % ? OR ? <% p.alias_key)";
    private static final String NIK_MATCH = "EXISTS (SELECT 1 FROM cases.person_identifier i WHERE i.person_id = p.id"
            + " AND i.kind = 'NIK' AND i.blind_index = ?)";

    private static final String ONLY_PERSONS = " AND (cardinality(?::bigint[]) = 0 OR EXISTS (SELECT 1 FROM"
            + " cases.case_person oc WHERE oc.person_id = p.id AND oc.case_id = ANY (?::bigint[])))";

    private final DataSource db;
    private final String province;
    private final Long[] onlyCases;

    record Identified(long personId, byte[] blindIndex) {}

    /** Queries drawn from {@code onlyCases} and their persons when given (tests on a shared database), else all. */
    SearchBaseline(DataSource db, String province, List<Long> onlyCases) {
        this.db = db;
        this.province = province;
        this.onlyCases = onlyCases.toArray(Long[]::new);
    }

    /** Count and first page (25) of persons matching a name, best first; returns the rows read. */
    int byName(String query) throws SQLException {
        String key = NameKey.of(query);
        try (Connection c = db.getConnection()) {
            try (PreparedStatement count =
                    c.prepareStatement("SELECT count(*) FROM cases.person p WHERE " + NAME_MATCH + " AND " + VISIBLE)) {
                int n = bindName(count, 1, key);
                bindScope(count, n);
                drain(count);
            }
            try (PreparedStatement page = c.prepareStatement("SELECT p.*, greatest(similarity(p.name_key, ?),"
                    + " coalesce(word_similarity(?, p.alias_key), 0.0)) AS score FROM cases.person p WHERE "
                    + NAME_MATCH + " AND " + VISIBLE + " ORDER BY score DESC, p.id LIMIT 25")) {
                page.setString(1, key);
                page.setString(2, key);
                int n = bindName(page, 3, key);
                bindScope(page, n);
                return drain(page);
            }
        }
    }

    /** Count and first page of persons with this NIK's blind index (the application computes it from the NIK). */
    int byNik(byte[] blindIndex) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement count =
                    c.prepareStatement("SELECT count(*) FROM cases.person p WHERE " + NIK_MATCH + " AND " + VISIBLE)) {
                count.setBytes(1, blindIndex);
                bindScope(count, 2);
                drain(count);
            }
            try (PreparedStatement page = c.prepareStatement("SELECT p.* FROM cases.person p WHERE " + NIK_MATCH
                    + " AND " + VISIBLE + " ORDER BY p.id LIMIT 25")) {
                page.setBytes(1, blindIndex);
                bindScope(page, 2);
                return drain(page);
            }
        }
    }

    /** The case page's reads: the case, its persons with roles, their identifiers, notes, elements, lists, route. */
    int casePage(long caseId) throws SQLException {
        int rows = 0;
        try (Connection c = db.getConnection()) {
            rows += run(c, "SELECT * FROM cases.case_file WHERE id = ?", caseId);
            rows += run(
                    c,
                    "SELECT p.*, cp.role, cp.role_in_process, cp.child FROM cases.case_person cp JOIN cases.person p"
                            + " ON p.id = cp.person_id WHERE cp.case_id = ? ORDER BY cp.role, p.full_name",
                    caseId);
            rows += run(
                    c,
                    "SELECT i.* FROM cases.person_identifier i JOIN cases.case_person cp ON cp.person_id ="
                            + " i.person_id WHERE cp.case_id = ?",
                    caseId);
            rows += run(c, "SELECT * FROM cases.case_note WHERE case_id = ? ORDER BY created_at DESC", caseId);
            rows += run(c, "SELECT * FROM cases.case_element WHERE case_id = ?", caseId);
            rows += run(c, "SELECT * FROM cases.code_item WHERE active ORDER BY list, sort_order, code");
            rows += run(
                    c,
                    "SELECT * FROM cases.route_event WHERE case_id = ? ORDER BY event_date ASC NULLS LAST, id",
                    caseId);
        }
        return rows;
    }

    List<String> sampleNames(int n) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT full_name FROM cases.person p WHERE region_code LIKE ?"
                                + ONLY_PERSONS + " ORDER BY hashtext(id::text) LIMIT ?")) {
            ps.setString(1, province + ".%");
            bindOnly(c, ps, 2);
            ps.setInt(4, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    List<Identified> sampleWithNik(int n) throws SQLException {
        List<Identified> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT p.id, i.blind_index FROM cases.person p JOIN"
                        + " cases.person_identifier i ON i.person_id = p.id AND i.kind = 'NIK' WHERE p.region_code"
                        + " LIKE ?" + ONLY_PERSONS + " ORDER BY hashtext(p.id::text) LIMIT ?")) {
            ps.setString(1, province + ".%");
            bindOnly(c, ps, 2);
            ps.setInt(4, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Identified(rs.getLong(1), rs.getBytes(2)));
                }
            }
        }
        return out;
    }

    List<Long> sampleCases(int n) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM cases.case_file WHERE province_code = ? AND"
                        + " EXISTS (SELECT 1 FROM cases.case_person cp WHERE cp.case_id = case_file.id)"
                        + " AND (cardinality(?::bigint[]) = 0 OR id = ANY (?::bigint[]))"
                        + " ORDER BY hashtext(id::text) LIMIT ?")) {
            ps.setString(1, province);
            bindOnly(c, ps, 2);
            ps.setInt(4, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private void bindOnly(Connection c, PreparedStatement ps, int from) throws SQLException {
        ps.setArray(from, c.createArrayOf("bigint", onlyCases));
        ps.setArray(from + 1, c.createArrayOf("bigint", onlyCases));
    }

    private static int bindName(PreparedStatement ps, int from, String key) throws SQLException {
        ps.setString(from, key);
        ps.setString(from + 1, key);
        return from + 2;
    }

    private void bindScope(PreparedStatement ps, int from) throws SQLException {
        ps.setString(from, province);
        ps.setString(from + 1, province + ".%");
        ps.setString(from + 2, province);
        ps.setString(from + 3, province + ".%");
    }

    private static int run(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return drain(ps);
        }
    }

    private static int drain(PreparedStatement ps) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }
}

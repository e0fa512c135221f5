package id.sigap.bench;

import id.sigap.cases.internal.NameKey;
import id.sigap.cases.internal.NameTokens;
import id.sigap.cases.internal.PersonSearch;
import id.sigap.security.RegionScope;
import id.sigap.shared.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The same queries as the application's, on a plain JDBC connection: what the database alone costs, without HTTP,
 * sessions, access decisions, audit entries, decryption and rendering. The person searches run the application's
 * own query builders ({@code NameTokens.candidates}, {@code PersonSearch.namePage}, {@code
 * PersonSearch.identifierPage}) rendered by jOOQ onto the connection, so their SQL and binds are exactly the
 * application's (an investigator of one province: registered in it, or in a case of it); the case page runs the
 * page's queries as the application sends them, the identifiers of all its persons in one query.
 */
final class SearchBaseline {

    private static final String ONLY_PERSONS = " AND (cardinality(?::bigint[]) = 0 OR EXISTS (SELECT 1 FROM"
            + " cases.case_person oc WHERE oc.person_id = p.id AND oc.case_id = ANY (?::bigint[])))";

    private final DataSource db;
    private final String province;
    private final Long[] onlyCases;
    private final RegionScope scope;
    private final PageRequest page = PageRequest.of(0, null);

    record Identified(long personId, byte[] blindIndex) {}

    /** Queries drawn from {@code onlyCases} and their persons when given (tests on a shared database), else all. */
    SearchBaseline(DataSource db, String province, List<Long> onlyCases) {
        this.db = db;
        this.province = province;
        this.onlyCases = onlyCases.toArray(Long[]::new);
        this.scope = RegionScope.of(List.of(province));
    }

    /** The application's name search: candidates from the name tokens, then the first page; returns the rows read. */
    int byName(String query) throws SQLException {
        String key = NameKey.of(query);
        try (Connection c = db.getConnection()) {
            DSLContext sql = DSL.using(c, SQLDialect.POSTGRES);
            NameTokens.Candidates found = NameTokens.candidates(sql, key, scope, page.offset() + page.size() + 1);
            return found.isEmpty() ? 0 : drain(sql, PersonSearch.namePage(key, found, scope, page));
        }
    }

    /** The application's NIK search by the blind index (which the application computes from the NIK). */
    int byNik(byte[] blindIndex) throws SQLException {
        try (Connection c = db.getConnection()) {
            return drain(
                    DSL.using(c, SQLDialect.POSTGRES), PersonSearch.identifierPage("NIK", blindIndex, scope, page));
        }
    }

    /**
     * The case page's reads, as the application sends them: the case, its persons with roles, their identifiers (one
     * query over the persons' ids), notes, elements, code lists, route, a pending transfer.
     */
    int casePage(long caseId) throws SQLException {
        int rows = 0;
        try (Connection c = db.getConnection()) {
            rows += run(c, "SELECT * FROM cases.case_file WHERE id = ?", caseId);
            List<Long> persons = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.*, cp.role, cp.role_in_process, cp.child FROM"
                    + " cases.case_person cp JOIN cases.person p ON p.id = cp.person_id WHERE cp.case_id = ?"
                    + " ORDER BY cp.role, p.full_name")) {
                ps.setLong(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        persons.add(rs.getLong("id"));
                        rows++;
                    }
                }
            }
            if (!persons.isEmpty()) {
                rows += run(
                        c,
                        "SELECT * FROM cases.person_identifier WHERE person_id IN ("
                                + String.join(", ", java.util.Collections.nCopies(persons.size(), "?")) + ")",
                        persons.toArray());
            }
            rows += run(
                    c,
                    "SELECT * FROM cases.case_note WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT 200",
                    caseId);
            rows += run(c, "SELECT * FROM cases.case_element WHERE case_id = ? ORDER BY list, code", caseId);
            rows += run(c, "SELECT * FROM cases.code_item WHERE active ORDER BY list, sort_order, code");
            rows += run(
                    c,
                    "SELECT * FROM cases.route_event WHERE case_id = ? ORDER BY event_date ASC NULLS LAST, id",
                    caseId);
            rows += run(c, "SELECT * FROM cases.case_transfer WHERE case_id = ? AND status = 'PENDING'", caseId);
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

    /** Runs a query built by the application on the plain connection and reads every column of every row. */
    private static int drain(DSLContext sql, Select<?> query) {
        int n = 0;
        for (Record r : sql.fetch(query)) {
            for (int i = 0; i < r.size(); i++) {
                r.get(i);
            }
            n++;
        }
        return n;
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

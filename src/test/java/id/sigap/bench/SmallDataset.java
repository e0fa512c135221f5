package id.sigap.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A small synthetic dataset for trying the harness without the national one: cases in the province with victims,
 * suspects and witnesses (invented names, valid NIKs), created through the JSON API as the benchmark user would.
 */
final class SmallDataset {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final String[] GIVEN = {
        "Maria", "Yohana", "Siti", "Agustina", "Yakobus", "Daniel", "Melati", "Nur", "Fransiskus", "Theresia",
        "Dewi", "Ahmad", "Paulus", "Ester", "Rina", "Bambang", "Yosefina", "Marthen", "Sri", "Imanuel"
    };
    private static final String[] FAMILY = {
        "Ndolu",
        "Bani",
        "Tefa",
        "Manafe",
        "Lakapu",
        "Nope",
        "Lema",
        "Fanggidae",
        "Kolo",
        "Sabu",
        "Nubatonis",
        "Benu",
        "Taneo",
        "Tallo",
        "Riwu",
        "Haning",
        "Mbura",
        "Seran",
        "Nahak",
        "Pah"
    };
    private static final String[] ROLES = {"VICTIM", "SUSPECT", "WITNESS"};

    private SmallDataset() {}

    static long personsIn(DataSource db, String province) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM cases.person WHERE region_code = ? OR region_code LIKE ?")) {
            ps.setString(1, province);
            ps.setString(2, province + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Creates {@code cases} cases with three persons each in {@code province}; returns the cases' ids. */
    static List<Long> create(URI base, DataSource db, String province, String username, String password, int cases)
            throws Exception {
        Browser api = new Browser(base);
        HttpResponse<String> issued = api.postJson(
                "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"benchmark\","
                        + "\"expiresInDays\":1}",
                null);
        Matcher t = TOKEN.matcher(issued.body());
        if (issued.statusCode() != 201 || !t.find()) {
            throw new IllegalStateException("token request answered " + issued.statusCode());
        }
        String token = t.group(1);
        List<String> districts = districts(db, province);
        Random r = new Random(7L);
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            String district = districts.get(r.nextInt(districts.size()));
            HttpResponse<String> opened = api.postJson(
                    "/api/v1/cases",
                    "{\"regionCode\":\"" + district.substring(0, 5) + "\",\"summary\":\"Kasus sintetis benchmark " + i
                            + "\",\"childInvolved\":false,\"abroad\":true}",
                    token);
            Matcher id = ID.matcher(opened.body());
            if (opened.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException(
                        "opening a case answered " + opened.statusCode() + ": " + opened.body());
            }
            created.add(Long.parseLong(id.group(1)));
            for (String role : ROLES) {
                boolean female = r.nextBoolean();
                LocalDate born = LocalDate.of(1970 + r.nextInt(35), 1 + r.nextInt(12), 1 + r.nextInt(28));
                String nik = district.replace(".", "")
                        + String.format(
                                Locale.ROOT,
                                "%02d%02d%02d%04d",
                                born.getDayOfMonth() + (female ? 40 : 0),
                                born.getMonthValue(),
                                born.getYear() % 100,
                                1 + r.nextInt(9998));
                String name = GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
                HttpResponse<String> added = api.postJson(
                        "/api/v1/cases/" + id.group(1) + "/persons",
                        "{\"role\":\"" + role + "\",\"fullName\":\"" + name + "\",\"sex\":\"" + (female ? "F" : "M")
                                + "\",\"birthDate\":\"" + born + "\",\"regionCode\":\"" + district + "\",\"nik\":\""
                                + nik + "\"}",
                        token);
                if (added.statusCode() != 201) {
                    throw new IllegalStateException(
                            "adding a person answered " + added.statusCode() + ": " + added.body());
                }
            }
        }
        return created;
    }

    private static List<String> districts(DataSource db, String province) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT code FROM region.admin_region WHERE level = 3 AND code LIKE ? ORDER BY code")) {
            ps.setString(1, province + ".%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}

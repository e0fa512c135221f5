package id.sigap.bench;

import id.sigap.intake.QuickChoice;
import id.sigap.intake.Urgency;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;

/**
 * Public report submission: {@code POST /api/v1/reports} (the public JSON contract, anonymous, as a phone or a
 * partner site sends it) with varied, synthetic reports; and its baseline, the same row inserted by raw JDBC, one
 * transaction per report, at the same concurrency.
 */
final class SubmissionScenario {

    static final String KIND = "POST /api/v1/reports";
    static final String BASELINE = "baseline: JDBC INSERT INTO intake.report";
    private static final String[] REPORTER_TYPES = {
        "VICTIM", "FAMILY", "NEIGHBOUR", "NGO", "MIGRANT_WORKER", "ANONYMOUS"
    };
    private static final String[] NAMES = {"Melati", "Yohana", "Siti", "Maria", "Agus", "Dewi", "Yakobus", "Nur"};
    private static final String[] TEXTS = {
        "Anak tetangga berangkat bersama perekrut yang menjanjikan pekerjaan di Malaysia, sudah lama tidak ada kabar.",
        "Beberapa calon pekerja menunggu kapal ke Nunukan, paspor mereka dipegang sponsor.",
        "Ditawari kerja di kebun sawit lewat media sosial dan diminta membayar biaya pemberangkatan.",
        "Pekerja rumah tangga tidak boleh keluar rumah dan gajinya ditahan majikan.",
        "Saudara saya dijanjikan kerja di restoran di Batam, ternyata dipekerjakan di tempat hiburan malam."
    };

    private final URI base;
    private final List<Body> bodies;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ConcurrentLinkedQueue<Long> baselineIds = new ConcurrentLinkedQueue<>();
    private final SecureRandom random = new SecureRandom();

    record Body(
            String json,
            String region,
            String name,
            Integer age,
            String sex,
            Set<QuickChoice> choices,
            String text,
            String reporterType) {}

    SubmissionScenario(URI base, DataSource db) throws SQLException {
        this.base = base;
        this.bodies = draw(db, 500);
    }

    /** One submission over HTTP; fails unless answered 201 with a tracking code. */
    String submit(int user, long i) throws Exception {
        Body b = bodies.get((int) ((user * 7919L + i) % bodies.size()));
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/reports"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(b.json()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 || !r.body().contains("\"trackingCode\":\"LPR-")) {
            throw new IllegalStateException("POST /api/v1/reports answered " + r.statusCode());
        }
        return KIND;
    }

    /** The same report row by raw JDBC (autocommit: one transaction each, as the application commits each). */
    String baseline(DataSource db, int user, long i) throws SQLException {
        Body b = bodies.get((int) ((user * 7919L + i) % bodies.size()));
        Urgency u = Urgency.of(b.choices(), b.age(), null);
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO intake.report (tracking_hash, channel,"
                        + " reporter_type, region_code, country_iso2, place, person_name, person_age, person_sex,"
                        + " quick_choices, description, reporter_name, consent_to_contact,"
                        + " immediate_danger, child_involved, abroad, urgency, status, assigned_agency_id, received_by,"
                        + " received_at, status_changed_at) VALUES (?, 'PUBLIC_WEB', ?, ?, NULL, NULL, ?, ?, ?, ?, ?,"
                        + " NULL, false, ?, ?, ?, ?, 'RECEIVED', NULL, NULL, ?, ?) RETURNING id")) {
            Array choices = c.createArrayOf(
                    "text", b.choices().stream().map(Enum::name).sorted().toArray());
            ps.setBytes(1, hash);
            ps.setString(2, b.reporterType());
            ps.setString(3, b.region());
            ps.setString(4, b.name());
            if (b.age() == null) {
                ps.setNull(5, java.sql.Types.SMALLINT);
            } else {
                ps.setShort(5, b.age().shortValue());
            }
            ps.setString(6, b.sex());
            ps.setArray(7, choices);
            ps.setString(8, b.text());
            ps.setBoolean(9, u.immediateDanger());
            ps.setBoolean(10, u.child());
            ps.setBoolean(11, u.abroad());
            ps.setShort(12, (short) u.score());
            ps.setTimestamp(13, now);
            ps.setTimestamp(14, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                baselineIds.add(rs.getLong(1));
            }
        }
        return BASELINE;
    }

    /** Removes the baseline's rows (they were never reports: no audit entries, no tracking codes). */
    int removeBaselineRows(DataSource db) throws SQLException {
        List<Long> ids = new ArrayList<>(baselineIds);
        baselineIds.clear();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM intake.report WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            return ps.executeUpdate();
        }
    }

    private static List<Body> draw(DataSource db, int n) throws SQLException {
        List<String> villages = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT code FROM region.admin_region WHERE level = 4 AND (code LIKE"
                                + " '53.%' OR code LIKE '52.%' OR code LIKE '32.%' OR code LIKE '33.%' OR code LIKE '35.%' OR"
                                + " code LIKE '61.%' OR code LIKE '21.%' OR code LIKE '12.%' OR code LIKE '65.%') ORDER BY code")) {
            while (rs.next()) {
                villages.add(rs.getString(1));
            }
        }
        Random r = new Random(20261124L);
        QuickChoice[] all = QuickChoice.values();
        List<Body> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String region = villages.get(r.nextInt(villages.size()));
            boolean named = r.nextInt(3) > 0;
            String name = named ? NAMES[r.nextInt(NAMES.length)] : null;
            Integer age = named ? 12 + r.nextInt(30) : null;
            String sex = named ? (r.nextBoolean() ? "FEMALE" : "MALE") : "UNKNOWN";
            Set<QuickChoice> choices = EnumSet.noneOf(QuickChoice.class);
            for (int k = r.nextInt(3); k >= 0; k--) {
                choices.add(all[r.nextInt(all.length)]);
            }
            String text = TEXTS[r.nextInt(TEXTS.length)] + " (laporan sintetis benchmark)";
            String type = REPORTER_TYPES[r.nextInt(REPORTER_TYPES.length)];
            String json = "{\"reporterType\":\"" + type + "\",\"regionCode\":\"" + region + "\","
                    + (name == null ? "" : "\"personName\":\"" + name + "\",\"personAge\":" + age + ",")
                    + "\"personSex\":\"" + sex + "\",\"quickChoices\":["
                    + String.join(
                            ",",
                            choices.stream().map(q -> "\"" + q.name() + "\"").toList())
                    + "],\"description\":\"" + text + "\",\"consentToContact\":false}";
            out.add(new Body(json, region, name, age, sex, choices, text, type));
        }
        return out;
    }
}

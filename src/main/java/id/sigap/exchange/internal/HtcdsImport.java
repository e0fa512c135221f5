package id.sigap.exchange.internal;

import static id.sigap.exchange.internal.HtcdsFields.*;
import static id.sigap.exchange.internal.db.Tables.IMPORTED_CASE;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.BulkLoadResult;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.Jakarta;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports HTCDS records into cases: every record is checked first ({@link HtcdsRecordCheck}); with any problem nothing
 * is written and the problems are returned. Otherwise the records are grouped by HTCDS case id, cases already imported
 * are skipped (idempotent), and the rest is written in one transaction with {@link BulkLoad}, owned and registered by
 * the importing user's agency.
 */
@Service
public class HtcdsImport {

    static final ZoneId WIB = Jakarta.ZONE;
    static final String UNNAMED = "Tanpa nama (impor HTCDS)";

    private final DSLContext db;
    private final BulkLoad bulkLoad;
    private final Regions regions;
    private final Clock clock;

    HtcdsImport(DSLContext db, BulkLoad bulkLoad, Regions regions, Clock clock) {
        this.db = db;
        this.bulkLoad = bulkLoad;
        this.regions = regions;
        this.clock = clock;
    }

    /** The transaction-scoped advisory lock that serialises HTCDS imports (an arbitrary constant of this module). */
    static final long IMPORT_LOCK = 0x5349474150L * 100 + 200;

    /** What an import did, or the problems that stopped it ({@code problems} not empty: nothing written). */
    public record Outcome(int records, int created, int skipped, List<ImportProblem> problems) {}

    @Transactional
    public Outcome run(List<Map<String, String>> records, SigapUser user, RegionScope scope, boolean dryRun) {
        HtcdsRecordCheck check = new HtcdsRecordCheck(regions, scope);
        List<ImportProblem> problems = check.all(records);
        if (!problems.isEmpty()) {
            return new Outcome(records.size(), 0, 0, problems);
        }
        Map<String, List<Map<String, String>>> byCase = new LinkedHashMap<>();
        records.forEach(r -> byCase.computeIfAbsent(r.get(CASE_ID).strip(), k -> new ArrayList<>())
                .add(r));
        if (!dryRun) {
            // two imports of the same file at the same instant (a double click, two tabs) take turns: the second
            // then finds the first one's cases already imported and creates nothing, instead of a key conflict
            db.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.inline(IMPORT_LOCK)))
                    .fetch();
        }
        Set<String> known = Set.copyOf(db.select(IMPORTED_CASE.HTCDS_CASE_ID)
                .from(IMPORTED_CASE)
                .where(IMPORTED_CASE.HTCDS_CASE_ID.in(byCase.keySet()))
                .fetch(IMPORTED_CASE.HTCDS_CASE_ID));
        List<String> ids = new ArrayList<>();
        List<BulkLoadCase> cases = new ArrayList<>();
        for (var e : byCase.entrySet()) {
            if (!known.contains(e.getKey())) {
                ids.add(e.getKey());
                cases.add(toCase(e.getValue(), user.agencyId()));
            }
        }
        if (!dryRun && !cases.isEmpty()) {
            BulkLoadResult result = bulkLoad.load("htcds-import:" + cases.size(), cases);
            OffsetDateTime now = OffsetDateTime.now(clock);
            var insert = db.insertInto(
                    IMPORTED_CASE,
                    IMPORTED_CASE.HTCDS_CASE_ID,
                    IMPORTED_CASE.CASE_ID,
                    IMPORTED_CASE.IMPORTED_AT,
                    IMPORTED_CASE.IMPORTED_BY);
            for (int i = 0; i < ids.size(); i++) {
                insert = insert.values(ids.get(i), result.caseIds().get(i), now, user.id());
            }
            insert.execute();
        }
        return new Outcome(records.size(), cases.size(), known.size(), List.of());
    }

    private BulkLoadCase toCase(List<Map<String, String>> rows, long agencyId) {
        Map<String, String> first = rows.getFirst();
        String region = first.get(REGION).strip();
        LocalDate opened = LocalDate.parse(first.get(OPENED).strip());
        String status = first.getOrDefault(STATUS, "").strip();
        boolean closed = status.startsWith("Closed");
        LocalDate closedOn = blank(first.get(CLOSED))
                ? opened
                : LocalDate.parse(first.get(CLOSED).strip());
        List<BulkLoadCase.Person> persons = new ArrayList<>();
        List<BulkLoadCase.Element> elements = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean child = false;
        for (Map<String, String> r : rows) {
            boolean sexType = !HtcdsRecordCheck.values(r.get(SEX_EXPLOITATION)).isEmpty();
            for (String v : HtcdsRecordCheck.values(r.get(EXPLOITATION))) {
                if (sexType && v.equals("SexualExploitation")) {
                    continue;
                }
                add(elements, seen, "PURPOSE", HtcdsCodes.EXPLOITATION_IN.get(v));
            }
            for (String v : HtcdsRecordCheck.values(r.get(SEX_EXPLOITATION))) {
                add(elements, seen, "PURPOSE", v.equals("Prostitution") ? "PROSTITUTION" : "SEXUAL_EXPLOITATION");
            }
            for (String v : HtcdsRecordCheck.values(r.get(CONTROL))) {
                add(elements, seen, "CONTROL", HtcdsCodes.CONTROL_IN.get(v));
            }
            if (blank(r.get(TRAFFICKING_STATUS))) {
                continue;
            }
            Integer age = blank(r.get(AGE)) ? null : Integer.valueOf(r.get(AGE).strip());
            LocalDate born = blank(r.get(BIRTHDATE))
                    ? null
                    : LocalDate.parse(r.get(BIRTHDATE).strip());
            child |= age != null && age < 18;
            String name = (value(r, FIRST_NAME) + " " + value(r, SECOND_NAME)).strip();
            String gender = value(r, GENDER);
            String channel = HtcdsRecordCheck.values(r.get(RECRUITMENT)).stream()
                    .findFirst()
                    .map(HtcdsCodes.CHANNEL_IN::get)
                    .orElse(null);
            String citizenship = HtcdsRecordCheck.values(r.get(CITIZENSHIP)).stream()
                    .findFirst()
                    .map(String::toUpperCase)
                    .orElse(null);
            persons.add(new BulkLoadCase.Person(
                    agencyId,
                    region,
                    name.isEmpty() ? UNNAMED : name,
                    null,
                    gender.equals("Feminine") ? "F" : gender.equals("Masculine") ? "M" : null,
                    born,
                    born == null ? age : null,
                    citizenship,
                    null,
                    null,
                    blank(r.get(IDENTITY_NUMBER))
                            ? null
                            : r.get(IDENTITY_NUMBER).strip(),
                    null,
                    blank(r.get(MOBILE)) ? null : r.get(MOBILE).strip(),
                    null,
                    PersonRole.VICTIM,
                    null,
                    channel));
        }
        return new BulkLoadCase(
                agencyId,
                region,
                closed ? CaseStatus.CLOSED : CaseStatus.OPEN,
                closed ? (status.equals("ClosedReferred") ? "REFERRED" : "RESOLVED") : null,
                null,
                child,
                false,
                opened.atTime(12, 0).atZone(WIB).toOffsetDateTime(),
                closed ? closedOn.atTime(12, 0).atZone(WIB).toOffsetDateTime() : null,
                persons,
                elements,
                List.of(),
                List.of());
    }

    private static void add(List<BulkLoadCase.Element> elements, Set<String> seen, String list, String code) {
        if (code != null && seen.add(list + "/" + code)) {
            elements.add(new BulkLoadCase.Element(list, code));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String value(Map<String, String> r, String field) {
        return blank(r.get(field)) ? "" : r.get(field).strip();
    }
}

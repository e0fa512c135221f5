package id.sigap.exchange.internal;

import static id.sigap.exchange.internal.HtcdsFields.*;

import id.sigap.region.Regions;
import id.sigap.security.RegionScope;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of every record of an HTCDS file before anything is written: required case fields, dates, region known
 * and within the importer's scope, picklist values of the HTCDS code lists, numbers, identifiers' format, and the
 * case fields agreeing between the records of one case. Values of personal identifiers are never echoed.
 */
final class HtcdsRecordCheck {

    static final Set<String> STATUSES = Set.of("Active", "FollowUp", "Closed", "ClosedReferred");
    static final Set<String> GENDERS = Set.of(
            "Feminine",
            "Masculine",
            "TransgenderFeminine",
            "TransgenderMasculine",
            "NonConforming",
            "NonSpecifiedUnknown");
    static final Set<String> SEX_TYPES =
            Set.of("Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices");

    private final Regions regions;
    private final RegionScope scope;
    private final List<ImportProblem> problems = new ArrayList<>();

    HtcdsRecordCheck(Regions regions, RegionScope scope) {
        this.regions = regions;
        this.scope = scope;
    }

    static List<String> values(String multi) {
        if (multi == null || multi.isBlank()) {
            return List.of();
        }
        return Arrays.stream(multi.split("[;,]"))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    List<ImportProblem> all(List<Map<String, String>> records) {
        if (records.isEmpty()) {
            problems.add(new ImportProblem(0, "", "", "exchange.empty"));
        }
        Map<String, String> caseKey = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            int row = i + 1;
            String id = text(r, CASE_ID);
            if (id.isEmpty()) {
                problem(row, CASE_ID, id, "exchange.required");
            } else if (!id.matches("[A-Za-z0-9._/:-]{1,40}")) {
                problem(row, CASE_ID, id, "exchange.case-id");
            }
            String region = text(r, REGION);
            if (region.isEmpty()) {
                problem(row, REGION, region, "exchange.required");
            } else if (!regions.exists(region)) {
                problem(row, REGION, region, "exchange.region-unknown");
            } else if (!scope.covers(region)) {
                problem(row, REGION, region, "exchange.region-out-of-scope");
            }
            date(row, r, OPENED, true);
            date(row, r, CLOSED, false);
            date(row, r, BIRTHDATE, false);
            pick(row, r, STATUS, STATUSES, true);
            pick(row, r, GENDER, GENDERS, false);
            pick(row, r, TRAFFICKING_STATUS, Set.copyOf(HtcdsCodes.VICTIM_STATUS_IN), false);
            multi(row, r, EXPLOITATION, HtcdsCodes.EXPLOITATION_IN.keySet());
            multi(row, r, SEX_EXPLOITATION, SEX_TYPES);
            multi(row, r, CONTROL, HtcdsCodes.CONTROL_IN.keySet());
            multi(row, r, RECRUITMENT, HtcdsCodes.CHANNEL_IN.keySet());
            for (String c : values(r.get(CITIZENSHIP))) {
                if (regions.country(c.toUpperCase()).isEmpty()) {
                    problem(row, CITIZENSHIP, c, "exchange.country-unknown");
                }
            }
            String age = text(r, AGE);
            if (!age.isEmpty() && (!age.matches("\\d{1,3}") || Integer.parseInt(age) > 120)) {
                problem(row, AGE, age, "exchange.age");
            }
            String nik = text(r, IDENTITY_NUMBER);
            if (!nik.isEmpty() && !nik.matches("\\d{16}")) {
                problem(row, IDENTITY_NUMBER, null, "nik.format");
            }
            String phone = text(r, MOBILE);
            if (!phone.isEmpty() && !phone.matches("\\+?[0-9 ()-]{6,20}")) {
                problem(row, MOBILE, null, "exchange.phone");
            }
            if (!id.isEmpty()) {
                String key = String.join("|", region, text(r, OPENED), text(r, STATUS), text(r, CLOSED));
                String before = caseKey.putIfAbsent(id, key);
                if (before != null && !before.equals(key)) {
                    problem(row, CASE_ID, id, "exchange.case-fields-differ");
                }
            }
        }
        return List.copyOf(problems);
    }

    private void date(int row, Map<String, String> r, String field, boolean required) {
        String v = text(r, field);
        if (v.isEmpty()) {
            if (required) {
                problem(row, field, v, "exchange.required");
            }
            return;
        }
        try {
            LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(row, field, field.equals(BIRTHDATE) ? null : v, "exchange.date");
        }
    }

    private void pick(int row, Map<String, String> r, String field, Set<String> allowed, boolean required) {
        String v = text(r, field);
        if (v.isEmpty() ? required : !allowed.contains(v)) {
            problem(row, field, v, v.isEmpty() ? "exchange.required" : "exchange.code-unknown");
        }
    }

    private void multi(int row, Map<String, String> r, String field, Set<String> allowed) {
        for (String v : values(r.get(field))) {
            if (!allowed.contains(v)) {
                problem(row, field, v, "exchange.code-unknown");
            }
        }
    }

    private void problem(int row, String field, String value, String reason) {
        problems.add(new ImportProblem(row, field, value, reason));
    }

    private static String text(Map<String, String> r, String field) {
        String v = r.get(field);
        return v == null ? "" : v.strip();
    }
}

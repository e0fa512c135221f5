package id.sigap.dataimport.internal;

import id.sigap.cases.CasePersons;
import id.sigap.cases.CasePersons.NewPerson;
import id.sigap.cases.Nationality;
import id.sigap.cases.Nik;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import id.sigap.dataimport.internal.ImportRow.CaseColumns;
import id.sigap.security.RegionScope;
import id.sigap.shared.SigapException.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks one row against the column rules, the code lists, the user's region scope and the cases module's person rules,
 * collecting every problem of the row (nothing stops at the first). A row without problems becomes an {@link ImportRow}.
 */
final class RowChecker {

    private static final List<DateTimeFormatter> DATES = Stream.of("yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy")
            .map(DateTimeFormatter::ofPattern)
            .toList();
    private static final Map<String, Column> PERSON_FIELDS = Map.ofEntries(
            Map.entry("fullName", Column.FULL_NAME),
            Map.entry("aliases", Column.ALIASES),
            Map.entry("sex", Column.SEX),
            Map.entry("birthDate", Column.BIRTH_DATE),
            Map.entry("estimatedAge", Column.ESTIMATED_AGE),
            Map.entry("nationality", Column.NATIONALITY),
            Map.entry("education", Column.EDUCATION),
            Map.entry("occupation", Column.OCCUPATION),
            Map.entry("regionCode", Column.PERSON_REGION),
            Map.entry("nik", Column.NIK),
            Map.entry("phone", Column.PHONE));

    private final Map<Column, Integer> positions;
    private final RegionResolver regions;
    private final CasePersons persons;
    private final RegionScope scope;
    private final LocalDate today;

    RowChecker(
            Map<Column, Integer> positions,
            RegionResolver regions,
            CasePersons persons,
            RegionScope scope,
            LocalDate today) {
        this.positions = positions;
        this.regions = regions;
        this.persons = persons;
        this.scope = scope;
        this.today = today;
    }

    /** Adds the row's problems to {@code out}; the checked row when it has none. */
    Optional<ImportRow> check(RawRow raw, List<Problem> out) {
        RowCells cells = new RowCells(positions, raw, out);
        for (Column c : Column.values()) {
            cells.take(c);
        }
        String caseRegion = region(cells, Column.CASE_REGION);
        if (caseRegion != null && !scope.covers(caseRegion)) {
            cells.problem(Column.CASE_REGION, "import.region-out-of-scope");
        }
        String personRegion = region(cells, Column.PERSON_REGION);
        String role = code(cells, Column.ROLE);
        String roleInProcess = code(cells, Column.ROLE_IN_PROCESS);
        if (roleInProcess != null && role != null && !PersonRole.SUSPECT.name().equals(role)) {
            cells.problem(Column.ROLE_IN_PROCESS, "import.role-in-process-suspects-only");
        }
        String recruitment = code(cells, Column.RECRUITMENT_CHANNEL);
        if (recruitment != null && role != null && !PersonRole.VICTIM.name().equals(role)) {
            cells.problem(Column.RECRUITMENT_CHANNEL, "import.recruitment-channel-victims-only");
        }
        String channel = code(cells, Column.REPORT_CHANNEL);
        String description = cells.value(Column.REPORT_DESCRIPTION);
        if (channel == null && description != null && !cells.failed(Column.REPORT_CHANNEL)) {
            cells.problem(Column.REPORT_CHANNEL, "import.report-channel-required");
        }
        if (channel != null && description == null) {
            cells.problem(Column.REPORT_DESCRIPTION, "import.report-description-required");
        }
        String nationality = cells.value(Column.NATIONALITY);
        NewPerson person = new NewPerson(
                cells.value(Column.FULL_NAME),
                cells.value(Column.ALIASES),
                code(cells, Column.SEX),
                date(cells, Column.BIRTH_DATE),
                age(cells, Column.ESTIMATED_AGE),
                nationality == null ? null : nationality.toUpperCase(Locale.ROOT),
                code(cells, Column.EDUCATION),
                cells.value(Column.OCCUPATION),
                null,
                personRegion,
                cells.value(Column.NIK),
                null,
                cells.value(Column.PHONE),
                null);
        // The cases module's rules without the parts that ask the region module row by row (region, NIK district,
        // country): those are checked below with this file's cached answers, by the same rules (cases.Nik,
        // cases.Nationality).
        NewPerson withoutLookups = new NewPerson(
                person.fullName(),
                person.aliases(),
                person.sex(),
                person.birthDate(),
                person.estimatedAge(),
                null,
                person.education(),
                person.occupation(),
                null,
                null,
                null,
                null,
                person.phone(),
                null);
        Nationality.problem(person.nationality(), regions::countryExists)
                .ifPresent(code -> cells.problem(Column.NATIONALITY, code));
        if (person.nik() != null) {
            Character sex = person.sex() == null ? null : person.sex().charAt(0);
            Nik.problem(person.nik(), person.birthDate(), sex, today, regions::exists)
                    .ifPresent(code -> cells.problem(Column.NIK, code));
        }
        for (FieldProblem p : persons.problems(withoutLookups)) {
            Column column = PERSON_FIELDS.get(p.field());
            if (column == null || !cells.failed(column)) {
                cells.problem(
                        column,
                        p.code(),
                        Arrays.stream(p.args()).map(String::valueOf).toArray(String[]::new));
            }
        }
        if (cells.problems > 0) {
            return Optional.empty();
        }
        CaseColumns kase = new CaseColumns(
                caseRegion,
                cells.value(Column.CASE_SUMMARY),
                "true".equals(code(cells, Column.CHILD_INVOLVED)),
                "true".equals(code(cells, Column.ABROAD)),
                channel,
                description,
                code(cells, Column.MODUS));
        String caseKey = cells.value(Column.CASE_KEY);
        PersonRole personRole = PersonRole.valueOf(role);
        RoleInProcess rip = roleInProcess == null ? null : RoleInProcess.valueOf(roleInProcess);
        return Optional.of(new ImportRow(
                raw.rowNo(),
                caseKey,
                kase,
                personRole,
                rip,
                person,
                recruitment,
                hash(caseKey, kase, personRole, rip, person, recruitment)));
    }

    private String region(RowCells cells, Column column) {
        String typed = cells.value(column);
        if (typed == null) {
            return null;
        }
        return switch (regions.resolve(typed)) {
            case RegionResolver.Found f -> f.code();
            case RegionResolver.Unknown u -> {
                cells.problem(column, "import.region-unknown");
                yield null;
            }
            case RegionResolver.Ambiguous a -> {
                cells.problem(column, "import.region-ambiguous", String.join("; ", a.candidates()));
                yield null;
            }
        };
    }

    private static String code(RowCells cells, Column column) {
        String typed = cells.value(column);
        if (typed == null) {
            return null;
        }
        Optional<String> code = CodeLists.code(column, typed);
        if (code.isEmpty()) {
            cells.problem(
                    column,
                    "import.code-unknown",
                    String.join(", ", CodeLists.words(column, Locale.forLanguageTag("id"))),
                    String.join(", ", CodeLists.words(column, Locale.ENGLISH)));
        }
        return code.orElse(null);
    }

    private static LocalDate date(RowCells cells, Column column) {
        String typed = cells.value(column);
        if (typed == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(typed, f);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        cells.problem(column, "import.date-invalid");
        return null;
    }

    private static Integer age(RowCells cells, Column column) {
        String typed = cells.value(column);
        if (typed == null) {
            return null;
        }
        if (typed.matches("\\d{1,3}")) {
            int n = Integer.parseInt(typed);
            if (n <= 120) {
                return n;
            }
        }
        cells.problem(column, "import.number-invalid", "0", "120");
        return null;
    }

    /**
     * The row's stable key: SHA-256 over its normalised content (resolved codes, ISO dates, stripped text). The
     * recruitment channel is appended only when given, so rows of files without that column keep their keys.
     */
    static String hash(
            String caseKey, CaseColumns kase, PersonRole role, RoleInProcess rip, NewPerson p, String recruitment) {
        String canonical = Stream.of(caseKey, kase.keyText(), role, rip, p)
                .map(String::valueOf)
                .map(s -> s.replaceAll("\\s+", " "))
                .collect(Collectors.joining("\u001f"));
        if (recruitment != null) {
            canonical += "\u001f[recruitment_channel=" + recruitment + "]";
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

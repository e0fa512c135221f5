package id.sigap.cases.internal;

import id.sigap.cases.Nationality;
import id.sigap.cases.Nik;
import id.sigap.region.Regions;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks a person's details, reporting every problem at once with a specific code; nothing is saved on failure. */
@Component
public class PersonRules {

    static final int MAX_NAME = 200;
    static final int MAX_ALIASES = 500;
    static final int MAX_TEXT = 200;
    static final int MAX_ADDRESS = 500;
    static final Set<String> EDUCATION = Set.of("NONE", "SD", "SMP", "SMA", "DIPLOMA", "S1", "S2", "S3", "UNKNOWN");

    private final Regions regions;
    private final Clock clock;

    PersonRules(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    public void check(PersonInput p) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (p.fullName() == null || p.fullName().isBlank()) {
            problems.add(new FieldProblem("fullName", "person.name-required"));
        } else if (p.fullName().length() > MAX_NAME) {
            problems.add(new FieldProblem("fullName", "person.name-too-long", MAX_NAME));
        }
        tooLong(problems, "aliases", p.aliases(), MAX_ALIASES);
        tooLong(problems, "occupation", p.occupation(), MAX_TEXT);
        tooLong(problems, "disability", p.disability(), MAX_TEXT);
        tooLong(problems, "address", p.address(), MAX_ADDRESS);
        if (p.sex() != null && !Set.of("F", "M").contains(p.sex())) {
            problems.add(new FieldProblem("sex", "person.sex-invalid"));
        }
        if (p.birthDate() != null && p.birthDate().isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "person.birth-date-future"));
        } else if (p.birthDate() != null && p.birthDate().isBefore(today.minusYears(120))) {
            problems.add(new FieldProblem("birthDate", "person.birth-date-too-old"));
        }
        if (p.estimatedAge() != null && (p.estimatedAge() < 0 || p.estimatedAge() > 120)) {
            problems.add(new FieldProblem("estimatedAge", "person.age-invalid"));
        }
        Nationality.problem(p.nationality(), c -> regions.country(c).isPresent())
                .ifPresent(code -> problems.add(new FieldProblem("nationality", code)));
        if (p.education() != null && !EDUCATION.contains(p.education())) {
            problems.add(new FieldProblem("education", "person.education-unknown"));
        }
        if (p.regionCode() != null && !regions.exists(p.regionCode())) {
            problems.add(new FieldProblem("regionCode", "person.region-unknown"));
        }
        if (p.nik() != null) {
            Character sex = p.sex() == null ? null : p.sex().charAt(0);
            Nik.problem(p.nik(), p.birthDate(), sex, today, regions::exists)
                    .ifPresent(code -> problems.add(new FieldProblem("nik", code)));
        }
        if (p.passport() != null && !p.passport().toUpperCase(Locale.ROOT).matches("[A-Z0-9]{5,20}")) {
            problems.add(new FieldProblem("passport", "person.passport-invalid"));
        }
        if (p.phone() != null && !p.phone().matches("\\+?[0-9 ()-]{6,20}")) {
            problems.add(new FieldProblem("phone", "person.phone-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "person.text-too-long", max));
        }
    }
}

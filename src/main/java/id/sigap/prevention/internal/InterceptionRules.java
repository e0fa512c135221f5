package id.sigap.prevention.internal;

import id.sigap.prevention.IntendedJob;
import id.sigap.region.Regions;
import id.sigap.shared.Jakarta;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks of what is entered about interceptions; every problem at once, by field. */
@Component
class InterceptionRules {

    static final Set<String> CONSENT_GIVERS = Set.of("PERSON", "PARENT_GUARDIAN", "LEGAL_REPRESENTATIVE");
    static final Set<String> RECRUITER_ROLES = Set.of("RECRUITER", "SPONSOR");

    private final Regions regions;
    private final CrossingPoints points;
    private final Clock clock;

    InterceptionRules(Regions regions, CrossingPoints points, Clock clock) {
        this.regions = regions;
        this.points = points;
        this.clock = clock;
    }

    void check(InterceptionInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = Jakarta.today(clock);
        if (in.interceptedOn() == null) {
            problems.add(new FieldProblem("interceptedOn", "prevention.date-required"));
        } else if (in.interceptedOn().isAfter(today)) {
            problems.add(new FieldProblem("interceptedOn", "prevention.date-future"));
        }
        if (in.crossingPointCode() == null
                || points.find(in.crossingPointCode()).isEmpty()) {
            problems.add(new FieldProblem("crossingPointCode", "prevention.point-unknown"));
        }
        if (in.destinationCountry() != null
                && regions.country(in.destinationCountry()).isEmpty()) {
            problems.add(new FieldProblem("destinationCountry", "prevention.country-unknown"));
        }
        if (in.intendedJob() == null || !names(IntendedJob.values()).contains(in.intendedJob())) {
            problems.add(new FieldProblem("intendedJob", "prevention.job-unknown"));
        }
        if (in.notes() != null && in.notes().length() > 4000) {
            problems.add(new FieldProblem("notes", "prevention.text-too-long", 4000));
        }
        throwIfAny(problems);
    }

    void check(InterceptionInput.Person p, LocalDate interceptedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.fullName() == null || p.fullName().isBlank()) {
            problems.add(new FieldProblem("fullName", "prevention.name-required"));
        } else if (p.fullName().strip().length() > 200) {
            problems.add(new FieldProblem("fullName", "prevention.text-too-long", 200));
        }
        if (!"F".equals(p.sex()) && !"M".equals(p.sex())) {
            problems.add(new FieldProblem("sex", "prevention.sex-required"));
        }
        if (p.birthDate() == null && p.estimatedAge() == null) {
            problems.add(new FieldProblem("estimatedAge", "prevention.age-required"));
        }
        if (p.birthDate() != null && p.birthDate().isAfter(interceptedOn)) {
            problems.add(new FieldProblem("birthDate", "prevention.birth-date-invalid"));
        }
        if (p.estimatedAge() != null && (p.estimatedAge() < 0 || p.estimatedAge() > 120)) {
            problems.add(new FieldProblem("estimatedAge", "prevention.age-invalid"));
        }
        if (p.originRegionCode() != null && !regions.exists(p.originRegionCode())) {
            problems.add(new FieldProblem("originRegionCode", "prevention.region-unknown"));
        }
        if (p.consentGivenBy() == null || !CONSENT_GIVERS.contains(p.consentGivenBy())) {
            problems.add(new FieldProblem("consentGivenBy", "prevention.consent-required"));
        }
        if (p.consentGivenOn() == null) {
            problems.add(new FieldProblem("consentGivenOn", "prevention.consent-date-required"));
        } else if (p.consentGivenOn().isAfter(Jakarta.today(clock))) {
            problems.add(new FieldProblem("consentGivenOn", "prevention.date-future"));
        }
        throwIfAny(problems);
    }

    void check(InterceptionInput.RecruiterInput r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.fullName() == null || r.fullName().isBlank()) {
            problems.add(new FieldProblem("recruiterName", "prevention.name-required"));
        } else if (r.fullName().strip().length() > 200) {
            problems.add(new FieldProblem("recruiterName", "prevention.text-too-long", 200));
        }
        if (r.role() == null || !RECRUITER_ROLES.contains(r.role())) {
            problems.add(new FieldProblem("recruiterRole", "prevention.recruiter-role-unknown"));
        }
        if (r.company() != null && r.company().length() > 200) {
            problems.add(new FieldProblem("recruiterCompany", "prevention.text-too-long", 200));
        }
        if (r.phone() != null && !r.phone().matches("[+0-9 ()-]{6,20}")) {
            problems.add(new FieldProblem("recruiterPhone", "prevention.phone-invalid"));
        }
        throwIfAny(problems);
    }

    /** Under 18 on the day of the interception. */
    static boolean isChild(LocalDate birthDate, Integer estimatedAge, LocalDate on) {
        if (birthDate != null) {
            return birthDate.plusYears(18).isAfter(on);
        }
        return estimatedAge != null && estimatedAge < 18;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> s = new java.util.HashSet<>();
        for (Enum<?> v : values) {
            s.add(v.name());
        }
        return s;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}

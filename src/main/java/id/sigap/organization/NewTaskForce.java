package id.sigap.organization;

import id.sigap.region.RegionCodes;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What it takes to form a task force. A missing level is implied by the region code (none → national); a missing
 * name becomes "Gugus Tugas PP-TPPO &lt;region&gt;".
 */
public record NewTaskForce(
        String name, OrgLevel level, String regionCode, LegalBasis legalBasis, LocalDate validFrom, LocalDate validTo) {

    public NewTaskForce {
        name = Texts.clean(name);
        regionCode = Texts.clean(regionCode);
        if (level == null) {
            level = OrgLevel.implied(regionCode);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (name != null && name.length() > 200) {
            problems.add(new FieldProblem("name", "field.size"));
        }
        if (regionCode != null && !RegionCodes.isWellFormed(regionCode)) {
            problems.add(new FieldProblem("regionCode", "org.region-unknown"));
        } else if (level == null || !level.accepts(regionCode)) {
            problems.add(new FieldProblem(
                    "regionCode",
                    level == OrgLevel.NATIONAL ? "org.national-has-no-region" : "org.level-region-mismatch"));
        }
        problems.addAll(
                legalBasis == null
                        ? List.of(new FieldProblem("decreeNumber", "field.required"))
                        : legalBasis.problems());
        if (validFrom == null) {
            problems.add(new FieldProblem("validFrom", "field.required"));
        } else if (validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new FieldProblem("validTo", "period.end-before-start"));
        }
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }

    public Period validity() {
        return new Period(validFrom, validTo);
    }
}

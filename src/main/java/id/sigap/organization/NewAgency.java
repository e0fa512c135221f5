package id.sigap.organization;

import id.sigap.region.RegionCodes;
import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * What it takes to register an agency. A missing level is implied by the region code (none → national). Every field
 * problem is reported at once; whether the region exists and the name is free is checked by {@link Agencies}.
 */
public record NewAgency(
        String name,
        String shortName,
        AgencyType type,
        OrgLevel level,
        String regionCode,
        Long parentAgencyId,
        Contact contact) {

    public NewAgency {
        name = Texts.clean(name);
        shortName = Texts.clean(shortName);
        regionCode = Texts.clean(regionCode);
        contact = contact == null ? Contact.NONE : contact;
        if (level == null) {
            level = OrgLevel.implied(regionCode);
        }
        List<FieldProblem> problems = new ArrayList<>(problems(name, shortName, type, level, regionCode));
        problems.addAll(contact.problems());
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }

    public static NewAgency of(String name, AgencyType type, String regionCode) {
        return new NewAgency(name, null, type, null, regionCode, null, Contact.NONE);
    }

    static List<FieldProblem> problems(
            String name, String shortName, AgencyType type, OrgLevel level, String regionCode) {
        List<FieldProblem> out = new ArrayList<>();
        if (name == null) {
            out.add(new FieldProblem("name", "field.required"));
        } else if (name.length() > 200) {
            out.add(new FieldProblem("name", "field.size"));
        }
        if (shortName != null && shortName.length() > 50) {
            out.add(new FieldProblem("shortName", "field.size"));
        }
        if (type == null) {
            out.add(new FieldProblem("type", "field.required"));
        }
        if (regionCode != null && !RegionCodes.isWellFormed(regionCode)) {
            out.add(new FieldProblem("regionCode", "org.region-unknown"));
        } else if (level == null) {
            out.add(new FieldProblem("regionCode", "org.level-region-mismatch"));
        } else if (!level.accepts(regionCode)) {
            out.add(new FieldProblem(
                    "regionCode",
                    level == OrgLevel.NATIONAL ? "org.national-has-no-region" : "org.level-region-mismatch"));
        }
        return out;
    }
}

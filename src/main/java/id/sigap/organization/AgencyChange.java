package id.sigap.organization;

import id.sigap.shared.SigapException;
import id.sigap.shared.SigapException.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An edit of an agency at {@code version}. When the name changes and {@code renamedOn} is given, the old name stays in
 * the history until the day before; without a date the change corrects the current name.
 */
public record AgencyChange(
        String name,
        String shortName,
        AgencyType type,
        OrgLevel level,
        String regionCode,
        Long parentAgencyId,
        Contact contact,
        LocalDate renamedOn,
        int version) {

    public AgencyChange {
        name = Texts.clean(name);
        shortName = Texts.clean(shortName);
        regionCode = Texts.clean(regionCode);
        contact = contact == null ? Contact.NONE : contact;
        if (level == null) {
            level = OrgLevel.implied(regionCode);
        }
        List<FieldProblem> problems = new ArrayList<>(NewAgency.problems(name, shortName, type, level, regionCode));
        problems.addAll(contact.problems());
        if (!problems.isEmpty()) {
            throw new SigapException.Invalid(problems);
        }
    }
}

package id.sigap.organization.web;

import id.sigap.organization.NewSubTaskForce;
import id.sigap.shared.SigapException;
import java.time.LocalDate;

/** Forms of a sub-task force: adding one, changing name or coordinator from a date, or ending it. */
public record SubTaskForceForm(
        String numeral,
        String name,
        String coordinatingAgencyId,
        String validFrom,
        String validTo,
        String effectiveFrom,
        String lastDay,
        String version) {

    static SubTaskForceForm empty() {
        return new SubTaskForceForm(null, null, null, null, null, null, null, null);
    }

    NewSubTaskForce toNew() {
        FormFields f = new FormFields();
        Long coordinator = f.id("coordinatingAgencyId", coordinatingAgencyId);
        var from = f.date("validFrom", validFrom);
        var to = f.date("validTo", validTo);
        return f.build(() -> new NewSubTaskForce(numeral, name, coordinator, from, to));
    }

    Change toChange() {
        FormFields f = new FormFields();
        Long coordinator = f.id("coordinatingAgencyId", coordinatingAgencyId);
        LocalDate from = f.date("effectiveFrom", effectiveFrom);
        int v = f.version(version);
        return f.build(() -> {
            if (from == null) {
                throw new SigapException.Invalid("effectiveFrom", "field.required");
            }
            return new Change(name, coordinator, from, v);
        });
    }

    MemberForm.End toEnd() {
        return new MemberForm(null, null, null, null, null, null, lastDay, version).toEnd();
    }

    record Change(String name, Long coordinatingAgencyId, LocalDate effectiveFrom, int version) {}
}

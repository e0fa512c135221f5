package id.sigap.organization.web;

import id.sigap.organization.MemberRole;
import id.sigap.organization.NewMember;
import id.sigap.shared.SigapException;
import java.time.LocalDate;

/** Forms of a membership: joining (agency, role, period), changing role from a date, or ending on a date. */
public record MemberForm(
        String agencyId,
        String role,
        String positionTitle,
        String validFrom,
        String validTo,
        String effectiveFrom,
        String lastDay,
        String version) {

    static MemberForm empty() {
        return new MemberForm(null, null, null, null, null, null, null, null);
    }

    NewMember toNewMember() {
        FormFields f = new FormFields();
        Long agency = f.id("agencyId", agencyId);
        MemberRole r = f.choice("role", MemberRole.class, role);
        var from = f.date("validFrom", validFrom);
        var to = f.date("validTo", validTo);
        return f.build(() -> new NewMember(agency, r, positionTitle, from, to));
    }

    /** Role, title and the day the change takes effect. */
    Change toChange() {
        FormFields f = new FormFields();
        MemberRole r = f.choice("role", MemberRole.class, role);
        LocalDate from = f.date("effectiveFrom", effectiveFrom);
        int v = f.version(version);
        return f.build(() -> {
            if (r == null) {
                throw new SigapException.Invalid("role", "field.required");
            }
            if (from == null) {
                throw new SigapException.Invalid("effectiveFrom", "field.required");
            }
            return new Change(r, positionTitle, from, v);
        });
    }

    End toEnd() {
        FormFields f = new FormFields();
        LocalDate last = f.date("lastDay", lastDay);
        int v = f.version(version);
        return f.build(() -> {
            if (last == null) {
                throw new SigapException.Invalid("lastDay", "field.required");
            }
            return new End(last, v);
        });
    }

    record Change(MemberRole role, String positionTitle, LocalDate effectiveFrom, int version) {}

    record End(LocalDate lastDay, int version) {}
}

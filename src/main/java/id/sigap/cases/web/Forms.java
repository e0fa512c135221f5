package id.sigap.cases.web;

import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import id.sigap.cases.internal.CaseRoute;
import id.sigap.shared.SigapException;

/** Parsing of codes given as text: an unknown code is a field problem (422), never a 400 or 500. */
final class Forms {

    private Forms() {}

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static CaseRoute.Event clean(CaseRoute.Event e) {
        return new CaseRoute.Event(
                null,
                blank(e.stage()),
                e.date(),
                blank(e.regionCode()),
                blank(e.country()) == null ? null : e.country().strip().toUpperCase(java.util.Locale.ROOT),
                blank(e.placeName()),
                blank(e.transport()));
    }

    static CaseStatus status(String s) {
        return parse(CaseStatus.class, s, "status", "case.status-unknown");
    }

    static PersonRole role(String s) {
        return parse(PersonRole.class, s, "role", "person.role-required");
    }

    static RoleInProcess roleInProcess(String s) {
        return parse(RoleInProcess.class, s, "roleInProcess", "person.role-in-process-unknown");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s, String field, String code) {
        if (blank(s) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid(field, code);
        }
    }
}

package id.sigap.cases.internal;

import id.sigap.cases.CaseStatus;
import java.time.LocalDate;

/** Filters of the case list; all optional. {@code modus} is a code of the MODUS list; {@code sort} is one of number, opened, status, region. */
public record CaseQuery(
        String region,
        CaseStatus status,
        LocalDate from,
        LocalDate to,
        String q,
        String modus,
        String sort,
        boolean descending) {

    public CaseQuery {
        region = region == null || region.isBlank() ? null : region.strip();
        q = q == null || q.isBlank() ? null : q.strip();
        modus = modus == null || modus.isBlank() ? null : modus.strip();
        if (q != null && q.length() > 100) {
            q = q.substring(0, 100);
        }
    }
}

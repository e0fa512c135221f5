package id.sigap.plans;

import id.sigap.organization.OrgLevel;
import java.util.List;
import java.util.stream.IntStream;

/** A RAN (national, no region) or a RAD (province or regency) for a period of whole years. */
public record ActionPlan(
        long id,
        OrgLevel level,
        String regionCode,
        Long taskForceId,
        String title,
        int startYear,
        int endYear,
        String legalBasis,
        int version) {

    public boolean national() {
        return regionCode == null;
    }

    public String period() {
        return startYear + "–" + endYear;
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }
}

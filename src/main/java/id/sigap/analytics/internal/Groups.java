package id.sigap.analytics.internal;

import id.sigap.support.ServiceRecords.ServiceRecord;

/** How facts fall into the dashboards' groups. */
final class Groups {

    static final String UNKNOWN = "UNKNOWN";
    static final int ADULT_AGE = 18;
    /** A case registered more than this many days after its first dated route event is a late entry. */
    static final int LATE_ENTRY_DAYS = 90;

    private Groups() {}

    /** WOMAN, MAN, GIRL, BOY (under 18 at the case, or marked a child when the age is unknown) or UNKNOWN. */
    static String ageGroup(String sex, Integer age, boolean child) {
        if (sex == null || (age == null && !child)) {
            return UNKNOWN;
        }
        boolean minor = age != null ? age < ADULT_AGE : child;
        if ("F".equals(sex)) {
            return minor ? "GIRL" : "WOMAN";
        }
        return minor ? "BOY" : "MAN";
    }

    /** The regency part of a region code ({@code 53.71.01} → {@code 53.71}); a province code stays as it is. */
    static String regency(String regionCode) {
        String[] parts = regionCode.split("\\.");
        return parts.length < 2 ? parts[0] : parts[0] + "." + parts[1];
    }

    static String province(String regionCode) {
        return regionCode.substring(0, 2);
    }

    /**
     * NO_DEADLINE, ON_TIME (started by the deadline), LATE (started after it), CLOSED (closed with a reason before a
     * start) or PENDING (not started yet; whether it is overdue is counted live by the support module).
     */
    static String timeliness(ServiceRecord r) {
        if (r.dueOn() == null) {
            return "NO_DEADLINE";
        }
        var start = r.startedOn() != null ? r.startedOn() : r.completedOn();
        if (start != null) {
            return start.isAfter(r.dueOn()) ? "LATE" : "ON_TIME";
        }
        return r.closed() ? "CLOSED" : "PENDING";
    }
}

package id.sigap.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The person records in the victim role of the cases handled in a region subtree and period, for statistics such as
 * the dark-figure estimate: only the person id and the agency that registered the record, never a name or an
 * identifier. No user scope is applied here: callers decide access first.
 */
public interface VictimRecords {

    /** A victim record: the person row and the agency that registered it. */
    record VictimRecord(long personId, long registeringAgencyId) {}

    /**
     * Victim records of cases whose region is {@code regionCode} or below it and which were opened between
     * {@code from} and {@code to} inclusive (by the date the case was opened, Asia/Jakarta), each person once.
     */
    List<VictimRecord> inRegion(String regionCode, LocalDate from, LocalDate to);
}

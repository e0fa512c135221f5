package id.sigap.cases;

import java.util.List;
import java.util.Set;

/**
 * The victim records of all cases opened in a year, for published statistics: ids and codes only (sex, age at the
 * opening of the case, province, purposes of exploitation), never a name, an identifier or free text. No user scope
 * is applied here: callers decide access first (public statistics publish suppressed aggregates only).
 */
public interface StatisticalVictims {

    /**
     * One victim record of a case: {@code sex} is {@code F}, {@code M} or null; {@code ageAtCase} in whole years at
     * the opening of the case (from the birth date, else the estimated age), null when unknown; {@code child} is the
     * child flag of the record; {@code purposes} are the case's PURPOSE element codes.
     */
    record VictimFact(
            long personId,
            long caseId,
            String sex,
            Integer ageAtCase,
            boolean child,
            String provinceCode,
            int caseYear,
            Set<String> purposes) {

        public VictimFact {
            purposes = Set.copyOf(purposes);
        }
    }

    /** Victim records of the cases opened in {@code year} (Asia/Jakarta), ordered by case and person. */
    List<VictimFact> ofYear(int year);

    /** The years in which cases were opened, with the number of cases opened in each, oldest first. */
    List<YearCount> casesByYear();

    record YearCount(int year, long cases) {}
}

package id.sigap.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Case files as statistics read them: ids, codes, dates and counts, never a name, a free text or an identifier in
 * clear (the NIK only as its keyed blind index, Base64, for counting a person once). For system jobs such as the
 * analytics fact layer: no user scope is applied here, callers decide access first.
 */
public interface CaseFacts {

    /** How far a suspect's criminal-justice track has come. */
    enum JusticeStage {
        NONE,
        POLICE_REPORT,
        INVESTIGATION,
        PROSECUTION,
        VERDICT
    }

    /**
     * A victim record in a case; {@code ageAtCase} from the birth date at the opening, else the estimated age;
     * {@code recruitmentChannel} a CHANNEL code, null when not recorded.
     */
    record VictimFact(
            long personId,
            String sex,
            Integer ageAtCase,
            boolean child,
            String nationality,
            String originRegionCode,
            String nikIndex,
            String recruitmentChannel) {}

    /**
     * A suspect record in a case with the furthest stage of his track, sentence and restitution (sums per track), and
     * the person's sex ({@code F}, {@code M} or null) and nationality (ISO 3166 alpha-2 or null).
     */
    record SuspectFact(
            long personId,
            String roleInProcess,
            JusticeStage stage,
            boolean convicted,
            Integer prisonMonths,
            long restitutionOrdered,
            long restitutionPaid,
            String sex,
            String nationality) {}

    /**
     * A case: its region, opening date (Asia/Jakarta), the forms of exploitation (PURPOSE codes) and modus, the
     * first foreign country of exploitation (ISO 3166 alpha-2, null when none), the earliest dated route event,
     * the number of public reports attached, its victims and suspects, and the latest change of the case, its
     * persons and its justice tracks.
     */
    record CaseFact(
            long caseId,
            String regionCode,
            LocalDate openedOn,
            List<String> forms,
            List<String> modus,
            String destinationCountry,
            LocalDate firstEventOn,
            int reports,
            List<VictimFact> victims,
            List<SuspectFact> suspects,
            OffsetDateTime changedAt) {

        public CaseFact {
            forms = List.copyOf(forms);
            modus = List.copyOf(modus);
            victims = List.copyOf(victims);
            suspects = List.copyOf(suspects);
        }
    }

    /**
     * Ids of the cases whose file, persons or justice tracks changed at or after {@code since}, and of every case
     * with an id above {@code afterCaseId} (new cases, also those bulk-loaded with historic dates), ascending.
     */
    List<Long> changedSince(OffsetDateTime since, long afterCaseId);

    /** The facts of the given cases (unknown ids are left out), in id order. */
    List<CaseFact> facts(Collection<Long> caseIds);
}

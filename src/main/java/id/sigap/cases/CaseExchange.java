package id.sigap.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Case files for exchange with other systems (HTCDS export): the cases opened in a year in a region subtree with their
 * victims, purposes (PURPOSE) and methods of control (CONTROL) as codes. Names and identifiers are read (and
 * decrypted) only when {@code identifiers} is true. No user scope is applied here: callers decide access (and audit
 * the export) first.
 */
public interface CaseExchange {

    record ExchangeCase(
            long caseId,
            String caseNumber,
            String regionCode,
            CaseStatus status,
            LocalDate openedOn,
            LocalDate closedOn,
            Set<String> purposes,
            Set<String> controls,
            List<ExchangeVictim> victims) {

        public ExchangeCase {
            purposes = Set.copyOf(purposes);
            controls = Set.copyOf(controls);
            victims = List.copyOf(victims);
        }
    }

    /**
     * A victim of a case: {@code sex} F, M or null; {@code ageAtCase} in years when known; {@code identity} null unless
     * identifiers were asked for; {@code recruitmentChannel} a CHANNEL code or null.
     */
    record ExchangeVictim(
            long personId,
            String sex,
            Integer ageAtCase,
            String nationality,
            boolean child,
            Identity identity,
            String recruitmentChannel) {}

    /** Personal identifiers, only when asked for. */
    record Identity(String fullName, LocalDate birthDate, String nik, String phone) {}

    List<ExchangeCase> casesOf(String regionCode, int year, boolean identifiers);
}

package id.sigap.linkage;

import id.sigap.linkage.engine.FellegiSunter;
import java.time.LocalDate;
import java.util.List;

/**
 * A pair of person records waiting for a reviewer: the two records side by side (only what linkage compares: names,
 * sex, birth date, region and the registering agency; identifiers never, only whether they agree), the match
 * probability, and each compared field with its agreement level and weight in bits.
 */
public record ReviewPair(long id, int version, double probability, Side left, Side right, List<FieldWeight> fields) {

    /**
     * Whether Sigap held the pair back for a reviewer however high its weights (a name clearly differs, or nothing but
     * names, sex and region agree): its score is {@link FellegiSunter#UNDECIDED}.
     */
    public boolean heldForReview() {
        return probability == FellegiSunter.UNDECIDED;
    }

    public record Side(
            long personId, String fullName, String sex, LocalDate birthDate, String regionCode, String agencyName) {}

    /**
     * A compared field: {@code agreement} from 0 (disagrees) to {@code levels - 1} (exactly equal); {@code weight}
     * the bits it adds (negative against a match).
     */
    public record FieldWeight(String field, int agreement, int levels, double weight) {

        public boolean agrees() {
            return agreement == levels - 1;
        }

        public boolean partly() {
            return agreement > 0 && agreement < levels - 1;
        }
    }
}

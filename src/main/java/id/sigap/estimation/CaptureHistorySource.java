package id.sigap.estimation;

import id.sigap.estimation.engine.CaptureHistories;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the capture histories of a region and period come from: the linked persons (one cluster = one victim) and
 * the agencies that recorded each of them, agencies grouped into lists by the analyst. Implemented in {@code internal} from the victim records of the cases
 * module and the clusters of the linkage module (estimation → cases, linkage; linkage → cases).
 */
public interface CaptureHistorySource {

    /**
     * The capture histories of the victims recorded in {@code regionCode} (a province code, e.g. "53") between
     * {@code from} and {@code to} inclusive, one list per group of agency ids, in the given order.
     */
    CaptureHistories histories(String regionCode, LocalDate from, LocalDate to, List<AgencyList> lists);

    /** A list of the estimate: a name (e.g. "Polisi") and the agencies whose records form it. */
    record AgencyList(String name, List<Long> agencyIds) {

        public AgencyList {
            if (name == null || name.isBlank() || agencyIds == null || agencyIds.isEmpty()) {
                throw new IllegalArgumentException("a list needs a name and at least one agency");
            }
            agencyIds = List.copyOf(agencyIds);
        }
    }
}

package id.sigap.cases;

import java.util.List;

/**
 * Loading many complete case files at once (the synthetic data generator, large imports): cases with their persons
 * and encrypted identifiers, elements, route and criminal-justice outcomes, written with PostgreSQL {@code COPY}.
 * The caller must have a transaction open (the load is part of it) and must have decided access itself; a call writes
 * one audit entry for the whole batch (object type {@value #AUDIT_OBJECT}), not one per row.
 */
public interface BulkLoad {

    String AUDIT_OBJECT = "case_bulk";

    /**
     * Writes {@code cases} in the caller's transaction; {@code source} names the load in the audit entry (no personal
     * data, e.g. {@code synthetic:seed=42:batch=7}).
     */
    BulkLoadResult load(String source, List<BulkLoadCase> cases);

    /**
     * As {@link #load}, but the case numbers are taken in a short transaction of their own, so that several loads
     * can run side by side without waiting for each other's number counters. The caller's transaction must not have
     * opened cases itself before (it would wait for its own counters); a load that fails leaves a gap in the numbers.
     */
    BulkLoadResult loadAlongside(String source, List<BulkLoadCase> cases);
}

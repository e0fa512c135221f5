package id.sigap.support;

import java.util.List;

/**
 * Loading the services of many cases at once (the synthetic data generator): plan items, referrals (with the
 * notifications the normal path raises), repatriation legs and reintegration visits, written with PostgreSQL
 * {@code COPY}. The caller must have a transaction open (the load is part of it, so a batch is loaded whole or not at
 * all) and must have decided access itself; a call writes one audit entry for the whole batch (object type
 * {@value #AUDIT_OBJECT}), as {@code cases.BulkLoad} does.
 */
public interface ServiceBulkLoad {

    String AUDIT_OBJECT = "service_bulk";

    /**
     * Writes {@code cases} in the caller's transaction; {@code source} names the load in the audit entry (no personal
     * data, e.g. {@code synthetic:seed=42:batch=7}). Returns the number of rows written.
     */
    long load(String source, List<GeneratedServices> cases);
}

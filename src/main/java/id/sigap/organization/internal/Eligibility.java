package id.sigap.organization.internal;

import id.sigap.security.RegionScope;

/**
 * Which agencies can serve in a task force: national agencies always; otherwise an agency of the task force's region,
 * of a region above it (the province for a regency) or below it. A Kota Kupang task force cannot have a Banjarmasin
 * agency.
 */
final class Eligibility {

    private Eligibility() {}

    static boolean mayServe(String taskForceRegion, String agencyRegion) {
        if (taskForceRegion == null || agencyRegion == null) {
            return true;
        }
        return RegionScope.isWithin(agencyRegion, taskForceRegion)
                || RegionScope.isWithin(taskForceRegion, agencyRegion);
    }
}

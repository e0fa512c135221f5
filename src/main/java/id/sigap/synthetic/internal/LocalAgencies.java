package id.sigap.synthetic.internal;

import id.sigap.organization.AgencyType;
import id.sigap.synthetic.internal.Places.Regency;

/**
 * The agencies generated data names: the UPTD PPA and police unit of each regency that has cases, and the service
 * providers they refer victims to (hospitals, shelters, LPSK, BP3MI, missions abroad), by name and region.
 */
interface LocalAgencies {

    long uptd(Regency regency);

    long police(Regency regency);

    /** The agency named {@code name} in {@code regionCode} (null: national), registered the first time it is needed. */
    long named(String regionCode, String name, AgencyType type);

    /** The province's name ("Nusa Tenggara Timur" for 53). */
    String provinceName(String provinceCode);
}

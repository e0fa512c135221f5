package id.sigap.cases;

import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import java.util.UUID;

/** Test data for cases that cannot collide with other tests on a shared database. */
public final class CaseFixtures {

    private CaseFixtures() {}

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Agency agency(Agencies agencies, String regionCode) {
        return agencies.create(NewAgency.of(unique("UPTD PPA Uji"), AgencyType.UPTD_PPA, regionCode));
    }

    public static CaseFiles.NewCase newCase(long agencyId, String regionCode) {
        return new CaseFiles.NewCase(agencyId, regionCode, "Ringkasan uji", null, null, false, false);
    }
}

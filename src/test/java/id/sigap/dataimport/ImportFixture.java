package id.sigap.dataimport;

import static id.sigap.cases.internal.db.Tables.PERSON;

import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.TestUsers;
import org.jooq.DSLContext;

/** An agency in Kota Kupang with a case worker, and counts of what an import created (by the test's unique tag). */
public final class ImportFixture {

    private ImportFixture() {}

    public static SigapUser kupangWorker(Agencies agencies) {
        Agency agency = CaseFixtures.agency(agencies, "53.71");
        return TestUsers.user(agency.id(), new Grant(Role.CASE_WORKER, "53.71"));
    }

    public static String tag() {
        return CaseFixtures.unique("T").replace(" ", "");
    }

    /** Persons whose synthetic name carries the tag. */
    public static int persons(DSLContext db, String tag) {
        return db.fetchCount(PERSON, PERSON.FULL_NAME.like("Orang Uji " + tag + " %"));
    }
}

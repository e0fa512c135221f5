package id.sigap.networks.web;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases with suspects for the network tests: unique names and phone numbers, so a shared database does no harm. */
record SuspectFixtures(BulkLoad bulkLoad, TransactionTemplate tx, long agencyId) {

    /** A suspect to write: name, phone (null for none), address (null for none). */
    record Suspect(String name, String phone, String address) {}

    /** A case in {@code regionCode} with the given suspects and a transit point; returns [caseId, personIds...]. */
    List<Long> caseWith(String regionCode, String transit, Suspect... suspects) {
        List<BulkLoadCase.Person> persons = new ArrayList<>();
        for (Suspect s : suspects) {
            persons.add(new BulkLoadCase.Person(
                    agencyId,
                    regionCode,
                    s.name(),
                    null,
                    "M",
                    null,
                    40,
                    "ID",
                    null,
                    null,
                    null,
                    null,
                    s.phone(),
                    s.address(),
                    PersonRole.SUSPECT,
                    RoleInProcess.RECRUITER));
        }
        List<BulkLoadCase.RouteStop> route = transit == null
                ? List.of()
                : List.of(new BulkLoadCase.RouteStop("TRANSIT", null, "21.71", null, transit, "SEA"));
        BulkLoadCase c = new BulkLoadCase(
                agencyId,
                regionCode,
                CaseStatus.OPEN,
                null,
                "Kasus uji jejaring",
                false,
                false,
                OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                null,
                persons,
                List.of(),
                route,
                List.of());
        var result = tx.execute(st -> bulkLoad.load("test:networks", List.of(c)));
        List<Long> out = new ArrayList<>();
        out.add(result.caseIds().getFirst());
        out.addAll(result.personIds().getFirst());
        return out;
    }

    /** A random mobile number (0812…) no other test uses. */
    static String phone() {
        return "0812" + (10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L));
    }
}

package id.sigap.analytics;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.BulkLoadCase.Element;
import id.sigap.cases.BulkLoadCase.Justice;
import id.sigap.cases.BulkLoadCase.Person;
import id.sigap.cases.BulkLoadCase.RouteStop;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.cases.RoleInProcess;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Case files for the analytics tests, written through the cases module's bulk load (as the generator does). */
public final class AnalyticsFixtures {

    public static final long POLICE = 970_001L;
    public static final long SHELTER = 970_002L;

    private AnalyticsFixtures() {}

    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** A victim registered by {@code agency}; {@code nik} may be null. */
    public static Person victim(long agency, String region, String name, String sex, LocalDate birth, String nik) {
        return new Person(
                agency,
                region,
                name,
                null,
                sex,
                birth,
                null,
                "ID",
                null,
                null,
                nik,
                null,
                null,
                null,
                PersonRole.VICTIM,
                null);
    }

    public static Person suspect(long agency, String region, String name) {
        return new Person(
                agency,
                region,
                name,
                null,
                "M",
                null,
                40,
                "ID",
                null,
                null,
                null,
                null,
                null,
                null,
                PersonRole.SUSPECT,
                RoleInProcess.RECRUITER);
    }

    /**
     * An open case in {@code region} opened on {@code opened} with the persons, forced labour and PMI modus, an
     * exploitation stop in Malaysia, and for the first suspect (if any) a track up to a conviction.
     */
    public static BulkLoadCase caseOf(long agency, String region, LocalDate opened, List<Person> persons) {
        List<Justice> justice = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i).role() == PersonRole.SUSPECT) {
                justice.add(new Justice(
                        i,
                        "LP/" + tag(),
                        POLICE,
                        opened,
                        opened,
                        "COMPLETE",
                        opened.plusMonths(2),
                        "Kejari",
                        opened.plusMonths(4),
                        "PN",
                        60,
                        1_000_000L,
                        null,
                        List.of(),
                        5_000_000L,
                        List.of()));
                break;
            }
        }
        return new BulkLoadCase(
                agency,
                region,
                CaseStatus.OPEN,
                null,
                "Ringkasan uji analitik",
                false,
                true,
                OffsetDateTime.of(opened.atTime(10, 0), ZoneOffset.ofHours(7)),
                null,
                persons,
                List.of(new Element("PURPOSE", "FORCED_LABOUR"), new Element("MODUS", "PMI_NONPROSEDURAL")),
                List.of(new RouteStop("EXPLOITATION", opened.minusMonths(1), null, "MY", "Kuching", "LAND")),
                justice);
    }

    public static void load(BulkLoad bulk, TransactionTemplate tx, BulkLoadCase... cases) {
        tx.executeWithoutResult(s -> bulk.load("analytics-test", List.of(cases)));
    }
}

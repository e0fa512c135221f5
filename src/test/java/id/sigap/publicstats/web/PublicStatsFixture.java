package id.sigap.publicstats.web;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.publicstats.internal.PublicStatistics;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Victims built to tempt the suppression, in a year of their own (so other tests' cases do not mix in): NTT with 3
 * girls beside 40 women and 25 men (its total would reveal the girls), Kalimantan Selatan and Jawa Barat with counts
 * just above and below the threshold, and one woman registered by two agencies (counted once); then published.
 */
final class PublicStatsFixture {

    private final Agencies agencies;
    private final BulkLoad bulkLoad;
    private final TransactionTemplate tx;
    private final PublicStatistics statistics;
    private final id.sigap.cases.StatisticalVictims existing;
    private final SplittableRandom random = new SplittableRandom();
    private final List<BulkLoadCase> cases = new ArrayList<>();
    private int year;

    PublicStatsFixture(
            Agencies agencies,
            BulkLoad bulkLoad,
            TransactionTemplate tx,
            PublicStatistics statistics,
            id.sigap.cases.StatisticalVictims existing) {
        this.agencies = agencies;
        this.bulkLoad = bulkLoad;
        this.tx = tx;
        this.statistics = statistics;
        this.existing = existing;
    }

    /** Loads the victims in a year of their own, publishes, and returns the year. */
    int publish() {
        // a year in which no case was opened yet (the database may be shared with other tests)
        var used = existing.casesByYear().stream()
                .map(id.sigap.cases.StatisticalVictims.YearCount::year)
                .toList();
        do {
            year = 1901 + random.nextInt(90);
        } while (used.contains(year));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long ntt = agencies.create(NewAgency.of("UPTD PPA NTT stat " + tag, AgencyType.UPTD_PPA, "53.71"))
                .id();
        long kalsel = agencies.create(NewAgency.of("UPTD PPA Kalsel stat " + tag, AgencyType.UPTD_PPA, "63.71"))
                .id();
        long jabar = agencies.create(NewAgency.of("UPTD PPA Jabar stat " + tag, AgencyType.UPTD_PPA, "32.12"))
                .id();
        long police = agencies.create(NewAgency.of("Polres Jabar stat " + tag, AgencyType.POLICE_UNIT, "32.12"))
                .id();
        victims(ntt, "53.71", "F", 30, 40, "FORCED_LABOUR");
        victims(ntt, "53.71", "M", 30, 25, "FORCED_LABOUR");
        victims(ntt, "53.71", "F", 12, 3, "PROSTITUTION");
        victims(kalsel, "63.71", "F", 25, 30, "PROSTITUTION");
        victims(kalsel, "63.71", "M", 25, 22, "FORCED_CRIMINALITY");
        victims(kalsel, "63.71", "F", 15, 12, "PROSTITUTION");
        victims(kalsel, "63.71", "M", 15, 11, "FORCED_LABOUR");
        victims(jabar, "32.12", "F", 28, 119, "FORCED_LABOUR");
        victims(jabar, "32.12", "M", 28, 80, "FORCED_LABOUR");
        victims(jabar, "32.12", "F", 16, 25, "PROSTITUTION");
        victims(jabar, "32.12", "M", 16, 14, "ORGAN_REMOVAL");
        // one woman of Jawa Barat registered by the UPTD PPA and by the police: one victim, two records
        var born = LocalDate.of(year - 33, 3, 14);
        String nik = "3212" + String.format("%012d", random.nextLong(1_000_000_000_000L));
        for (long agency : List.of(jabar, police)) {
            cases.add(caseOf(
                    agency,
                    "32.12",
                    person(agency, "32.12", "Siti Rahmawati Kusuma", "F", born, nik),
                    "FORCED_LABOUR"));
        }
        tx.executeWithoutResult(s -> bulkLoad.load("test:public-statistics", cases));
        statistics.refresh();
        return year;
    }

    private void victims(long agency, String region, String sex, int age, int n, String purpose) {
        for (int i = 0; i < n; i++) {
            String nik = region.replace(".", "") + String.format("%012d", random.nextLong(1_000_000_000_000L));
            var born = LocalDate.of(year - age - 1, 1 + random.nextInt(12), 1 + random.nextInt(28));
            cases.add(caseOf(agency, region, person(agency, region, name(), sex, born, nik), purpose));
        }
    }

    private BulkLoadCase.Person person(
            long agency, String region, String name, String sex, LocalDate born, String nik) {
        return new BulkLoadCase.Person(
                agency,
                region,
                name,
                null,
                sex,
                born,
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

    private BulkLoadCase caseOf(long agency, String region, BulkLoadCase.Person victim, String purpose) {
        OffsetDateTime opened = OffsetDateTime.of(year, 12, 31, 12, 0, 0, 0, ZoneOffset.ofHours(7));
        return new BulkLoadCase(
                agency,
                region,
                CaseStatus.OPEN,
                null,
                null,
                false,
                false,
                opened,
                null,
                List.of(victim),
                List.of(new BulkLoadCase.Element("PURPOSE", purpose)),
                List.of(),
                List.of());
    }

    private String name() {
        String[] s = {"ma", "ri", "to", "na", "ke", "lu", "sa", "di", "po", "ya", "fe", "go", "ba", "ni", "wu"};
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 3; w++) {
            for (int k = 0; k < 3; k++) {
                b.append(s[random.nextInt(s.length)]);
            }
            b.append(' ');
        }
        return b.toString().trim();
    }
}

package id.sigap.synthetic.internal;

import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.CaseStatus;
import id.sigap.cases.PersonRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The criminal-justice chain of a case's suspects: police report (LP) for about half of them, then investigation,
 * prosecution, verdict (UU 21/2007: 3–15 years and a fine of Rp120–600 million), restitution and appeals, fewer at
 * each stage. No stage is dated after {@link #LIMIT}, so a seed gives the same chain whenever it runs.
 */
final class Outcomes {

    static final LocalDate LIMIT = LocalDate.of(2026, 6, 30);

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private Outcomes() {}

    static List<BulkLoadCase.Justice> of(
            Story s, List<BulkLoadCase.Person> persons, CaseMaker.Closure closure, long police, Dice d) {
        List<BulkLoadCase.Justice> out = new ArrayList<>();
        boolean resolved = closure.status() == CaseStatus.CLOSED && "RESOLVED".equals(closure.reason());
        boolean childVictim = persons.stream()
                .anyMatch(p -> p.role() == PersonRole.VICTIM
                        && (p.estimatedAge() != null && p.estimatedAge() < 18
                                || p.birthDate() != null
                                        && p.birthDate().plusYears(18).isAfter(s.opened())));
        String regency = plainName(s.handlingRegency().name());
        for (int k = 0; k < persons.size(); k++) {
            if (persons.get(k).role() != PersonRole.SUSPECT || !d.chance(resolved ? 0.75 : 0.45)) {
                continue;
            }
            LocalDate report = s.opened().plusDays(d.between(0, 45));
            String lp = "LP/B/%d/%s/%d/SPKT/POLRES %s"
                    .formatted(
                            d.between(1, 900),
                            ROMAN[report.getMonthValue() - 1],
                            report.getYear(),
                            regency.toUpperCase(java.util.Locale.ROOT));
            LocalDate start = report.plusDays(d.between(1, 14));
            int x = d.below(100);
            String status = x < 60 ? "COMPLETE" : x < 90 ? "ONGOING" : "STOPPED";
            LocalDate prosecution =
                    "COMPLETE".equals(status) && d.chance(0.8) ? start.plusDays(d.between(30, 150)) : null;
            prosecution = prosecution != null && prosecution.isAfter(LIMIT) ? null : prosecution;
            LocalDate verdict = prosecution != null && d.chance(0.8) ? prosecution.plusDays(d.between(30, 180)) : null;
            verdict = verdict != null && verdict.isAfter(LIMIT) ? null : verdict;
            List<BulkLoadCase.Appeal> appeals = new ArrayList<>();
            if (verdict != null && d.chance(0.15)) {
                LocalDate banding = verdict.plusDays(d.between(60, 120));
                if (!banding.isAfter(LIMIT)) {
                    appeals.add(new BulkLoadCase.Appeal(
                            "BANDING",
                            banding,
                            d.pick("Menguatkan putusan PN", "Memperberat pidana", "Mengurangi pidana")));
                    LocalDate kasasi = banding.plusDays(d.between(90, 200));
                    if (d.chance(0.3) && !kasasi.isAfter(LIMIT)) {
                        appeals.add(new BulkLoadCase.Appeal("KASASI", kasasi, "Menolak permohonan kasasi"));
                    }
                }
            }
            out.add(new BulkLoadCase.Justice(
                    k,
                    lp,
                    police,
                    report,
                    start,
                    status,
                    prosecution,
                    prosecution == null ? null : "Kejaksaan Negeri " + regency,
                    verdict,
                    verdict == null ? null : "Pengadilan Negeri " + regency,
                    verdict == null ? null : d.between(36, 180),
                    verdict == null ? null : 10_000_000L * d.between(12, 60),
                    verdict == null ? null : d.between(2, 6),
                    charges(s, childVictim, d),
                    verdict != null && d.chance(0.25) ? 1_000_000L * d.between(10, 150) : null,
                    appeals));
        }
        return out;
    }

    private static List<BulkLoadCase.Charge> charges(Story s, boolean child, Dice d) {
        List<BulkLoadCase.Charge> out = new ArrayList<>();
        out.add(new BulkLoadCase.Charge("UU 21/2007", "Pasal 2"));
        if (s.abroad()) {
            out.add(new BulkLoadCase.Charge("UU 21/2007", "Pasal 4"));
        }
        if (child) {
            out.add(new BulkLoadCase.Charge("UU 21/2007", s.abroad() ? "Pasal 6" : "Pasal 17"));
        }
        if (s.scenario() == Scenario.PMI_NONPROSEDURAL && d.chance(0.6)) {
            out.add(new BulkLoadCase.Charge("UU 18/2017", "Pasal 81"));
        }
        if (d.chance(0.2)) {
            out.add(new BulkLoadCase.Charge("UU 21/2007", "Pasal 10"));
        }
        return out;
    }

    /** "Kabupaten Kupang" → "Kupang", "Kota Kupang" → "Kupang". */
    static String plainName(String regency) {
        return regency.replaceFirst("^(Kabupaten|Kota Administrasi|Kota) ", "");
    }
}

package id.sigap.synthetic.internal;

import id.sigap.support.GeneratedServices.Visit;
import id.sigap.support.Livelihood;
import id.sigap.support.LivingSituation;
import id.sigap.support.RetraffickingRisk;
import java.time.LocalDate;

/**
 * Reintegration visits 3, 6 and 12 months after a victim's return, by the agency providing reintegration: most of
 * those due by {@link Outcomes#LIMIT} were made (with findings: most live with their family, some migrated again and
 * are then at high risk), the rest are still open and so overdue or due.
 */
final class FollowUps {

    static final int[] MONTHS = {3, 6, 12};
    private static final double[] LIVING = {55, 70, 80, 85, 95, 100};
    private static final double[] LIVELIHOOD = {25, 45, 55, 65, 85, 100};

    private FollowUps() {}

    static void add(ServiceDrafts out, Dice d, int person, Long agency, LocalDate returned) {
        for (int m : MONTHS) {
            LocalDate due = returned.plusMonths(m);
            if (due.isAfter(Outcomes.LIMIT) || !d.chance(0.85)) {
                out.visits.add(new Visit(person, agency, m, returned, null, null, null, null, null));
                continue;
            }
            LocalDate visited = due.plusDays(d.between(-7, 21));
            visited = visited.isAfter(Outcomes.LIMIT) ? Outcomes.LIMIT : visited;
            LivingSituation living = LivingSituation.values()[d.weighted(LIVING)];
            Livelihood livelihood = Livelihood.values()[d.weighted(LIVELIHOOD)];
            RetraffickingRisk risk = living == LivingSituation.MIGRATED_AGAIN
                    ? RetraffickingRisk.HIGH
                    : d.chance(0.55)
                            ? RetraffickingRisk.LOW
                            : d.chance(0.75) ? RetraffickingRisk.MEDIUM : RetraffickingRisk.HIGH;
            out.visits.add(new Visit(person, agency, m, returned, visited, living, livelihood, risk, null));
        }
    }
}

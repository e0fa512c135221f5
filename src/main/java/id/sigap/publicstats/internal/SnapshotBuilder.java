package id.sigap.publicstats.internal;

import id.sigap.cases.StatisticalVictims;
import id.sigap.cases.StatisticalVictims.VictimFact;
import id.sigap.linkage.PersonClusters;
import id.sigap.publicstats.disclosure.LinkedTables;
import id.sigap.publicstats.disclosure.LinkedTables.CountTable;
import id.sigap.publicstats.disclosure.LinkedTables.PublishedTable;
import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Computes the publishable cells of a year: each victim counted once (one linkage cluster, or the person record when
 * it is in no cluster; the cluster's first record by case and person gives its categories), by province and sex/age
 * group and by province and form, suppressed together ({@link LinkedTables}); and the cases opened per year, each
 * year alone (no total is published, so a suppressed year needs no complement).
 */
@Component
class SnapshotBuilder {

    static final int THRESHOLD = 11;

    private final StatisticalVictims victims;
    private final PersonClusters clusters;
    private final Regions regions;

    SnapshotBuilder(StatisticalVictims victims, PersonClusters clusters, Regions regions) {
        this.victims = victims;
        this.clusters = clusters;
        this.regions = regions;
    }

    List<PublishedCell> casesByYear() {
        List<PublishedCell> out = new ArrayList<>();
        for (StatisticalVictims.YearCount y : victims.casesByYear()) {
            int n = Math.toIntExact(y.cases());
            out.add(new PublishedCell(
                    y.year(), "CASES", PublishedCell.NATIONAL, PublishedCell.TOTAL, n < THRESHOLD ? null : n));
        }
        return out;
    }

    List<PublishedCell> victims(int year) {
        List<VictimFact> facts = victims.ofYear(year);
        Map<Long, Long> clusterOf =
                clusters.clusterOf(facts.stream().map(VictimFact::personId).toList());
        Map<Long, VictimFact> once = new LinkedHashMap<>();
        for (VictimFact f : facts) {
            once.putIfAbsent(clusterOf.getOrDefault(f.personId(), f.personId()), f);
        }
        TreeSet<String> provinces = new TreeSet<>();
        regions.provinces().stream().map(RegionRef::code).forEach(provinces::add);
        once.values().forEach(f -> provinces.add(f.provinceCode()));
        List<String> rows = List.copyOf(provinces);
        int[][] sexAge = new int[rows.size()][VictimGroups.SEX_AGE.size()];
        int[][] form = new int[rows.size()][VictimGroups.FORMS.size()];
        for (VictimFact f : once.values()) {
            int r = rows.indexOf(f.provinceCode());
            sexAge[r][VictimGroups.SEX_AGE.indexOf(VictimGroups.sexAge(f))]++;
            form[r][VictimGroups.FORMS.indexOf(VictimGroups.form(f.purposes()))]++;
        }
        var published = LinkedTables.publish(
                rows,
                List.of(
                        new CountTable("SEX_AGE", VictimGroups.SEX_AGE, sexAge),
                        new CountTable("FORM", VictimGroups.FORMS, form)),
                THRESHOLD);
        List<PublishedCell> out = new ArrayList<>();
        for (PublishedTable t : published.tables()) {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < t.columns().size(); j++) {
                    out.add(new PublishedCell(
                            year, t.id(), rows.get(i), t.columns().get(j), t.cells()[i][j]));
                }
                out.add(new PublishedCell(
                        year,
                        t.id(),
                        rows.get(i),
                        PublishedCell.TOTAL,
                        published.rowTotals()[i]));
            }
            for (int j = 0; j < t.columns().size(); j++) {
                out.add(new PublishedCell(
                        year, t.id(), PublishedCell.NATIONAL, t.columns().get(j), t.columnTotals()[j]));
            }
            out.add(new PublishedCell(
                    year, t.id(), PublishedCell.NATIONAL, PublishedCell.TOTAL, published.grandTotal()));
        }
        return out;
    }
}

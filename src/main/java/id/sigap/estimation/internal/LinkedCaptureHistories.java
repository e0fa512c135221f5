package id.sigap.estimation.internal;

import id.sigap.cases.VictimRecords;
import id.sigap.cases.VictimRecords.VictimRecord;
import id.sigap.estimation.CaptureHistorySource;
import id.sigap.estimation.engine.CaptureHistories;
import id.sigap.linkage.PersonClusters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Capture histories from linked victims. The victims are the person records in the VICTIM role of cases handled in
 * the region subtree and opened in the period (the case's opened date, Asia/Jakarta); records of one linkage cluster
 * are one victim, counted once; the victim is captured by a list when any of its records in that set was registered
 * by an agency of the list. Victims whose records were registered only by agencies outside every list are not
 * observed. Only capture patterns and their counts leave this class.
 */
@Service
class LinkedCaptureHistories implements CaptureHistorySource {

    private final VictimRecords victims;
    private final PersonClusters clusters;

    LinkedCaptureHistories(VictimRecords victims, PersonClusters clusters) {
        this.victims = victims;
        this.clusters = clusters;
    }

    @Override
    public CaptureHistories histories(String regionCode, LocalDate from, LocalDate to, List<AgencyList> lists) {
        List<VictimRecord> records = victims.inRegion(regionCode, from, to);
        Map<Long, Long> clusterOf =
                clusters.clusterOf(records.stream().map(VictimRecord::personId).toList());
        Map<Long, Integer> listBits = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            for (long agency : lists.get(i).agencyIds()) {
                listBits.merge(agency, 1 << i, (a, b) -> a | b);
            }
        }
        Map<Long, Integer> patternOfVictim = new HashMap<>();
        for (VictimRecord r : records) {
            long victim = clusterOf.getOrDefault(r.personId(), r.personId());
            patternOfVictim.merge(victim, listBits.getOrDefault(r.registeringAgencyId(), 0), (a, b) -> a | b);
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        patternOfVictim.values().stream().filter(p -> p != 0).forEach(p -> counts.merge(p, 1, Integer::sum));
        List<String> names =
                new ArrayList<>(lists.stream().map(AgencyList::name).toList());
        return new CaptureHistories(
                names,
                counts.keySet().stream().mapToInt(Integer::intValue).toArray(),
                counts.values().stream().mapToInt(Integer::intValue).toArray());
    }
}

package id.sigap.linkage.internal;

import id.sigap.cases.LinkablePersons;
import id.sigap.cases.LinkablePersons.LinkablePerson;
import id.sigap.linkage.ReviewPair;
import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.internal.db.tables.records.PairRecord;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.SigapUser;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import id.sigap.shared.SigapException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue within the reviewer's scope: pairs whose two records are both registered within his scope and
 * both visible to him; every person shown is audited as read. A pair outside his view does not exist for him (404).
 */
@Service
public class ReviewQueue {

    private final PairStore pairs;
    private final LinkablePersons persons;
    private final LinkageAccess access;
    private final Agencies agencies;
    private final AuditTrail audit;

    ReviewQueue(PairStore pairs, LinkablePersons persons, LinkageAccess access, Agencies agencies, AuditTrail audit) {
        this.pairs = pairs;
        this.persons = persons;
        this.access = access;
        this.agencies = agencies;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<ReviewPair> page(SigapUser user, PageRequest page) {
        RegionScope scope = access.requireReviewer(user);
        List<PairRecord> rows = pairs.review(scope, page);
        int total = pairs.reviewCount(scope);
        Map<Long, LinkablePerson> shown = visiblePersons(user, rows);
        List<ReviewPair> out = new ArrayList<>();
        for (PairRecord r : rows) {
            if (shown.containsKey(r.getPersonA()) && shown.containsKey(r.getPersonB())) {
                out.add(view(r, shown));
            }
        }
        return new Page<>(out, page.page(), page.size(), total);
    }

    /** One pair the reviewer may see; else 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public ReviewPair get(SigapUser user, long pairId) {
        PairRecord r = visiblePair(user, pairId);
        return view(r, visiblePersons(user, List.of(r)));
    }

    PairRecord visiblePair(SigapUser user, long pairId) {
        RegionScope scope = access.requireReviewer(user);
        PairRecord r = pairs.find(pairId).orElseThrow(() -> new SigapException.NotFound("linkage.pair-not-found"));
        boolean inScope = scope.covers(r.getRegionA()) && scope.covers(r.getRegionB());
        if (!inScope
                || !access.visible(user, List.of(r.getPersonA(), r.getPersonB()))
                        .containsAll(List.of(r.getPersonA(), r.getPersonB()))) {
            throw new SigapException.NotFound("linkage.pair-not-found");
        }
        return r;
    }

    private Map<Long, LinkablePerson> visiblePersons(SigapUser user, List<PairRecord> rows) {
        List<Long> ids = rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.getPersonA(), r.getPersonB()))
                .distinct()
                .toList();
        Set<Long> visible = access.visible(user, ids);
        return persons.find(visible).stream().collect(Collectors.toMap(LinkablePerson::personId, Function.identity()));
    }

    private ReviewPair view(PairRecord r, Map<Long, LinkablePerson> shown) {
        Map<Long, String> agencyNames = new HashMap<>();
        ReviewPair.Side left = side(shown.get(r.getPersonA()), agencyNames);
        ReviewPair.Side right = side(shown.get(r.getPersonB()), agencyNames);
        List<ReviewPair.FieldWeight> fields = new ArrayList<>();
        Fields core = Fields.core();
        for (int f = 0; f < core.count(); f++) {
            int level = Fields.level(r.getVector(), f);
            Double weight = r.getWeights()[f];
            if (level >= 0 && weight != null) {
                fields.add(new ReviewPair.FieldWeight(core.name(f), level, core.levels(f), weight));
            }
        }
        return new ReviewPair(r.getId(), r.getVersion(), r.getProbability(), left, right, fields);
    }

    private ReviewPair.Side side(LinkablePerson p, Map<Long, String> agencyNames) {
        audit.read("person", p.personId(), p.regionCode());
        String agency = agencyNames.computeIfAbsent(
                p.registeringAgencyId(),
                id -> agencies.find(id).map(Agency::name).orElse(""));
        return new ReviewPair.Side(p.personId(), p.fullName(), p.sex(), p.birthDate(), p.regionCode(), agency);
    }
}

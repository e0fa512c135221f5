package id.sigap.estimation.internal;

import id.sigap.estimation.CaptureHistorySource;
import id.sigap.estimation.CaptureHistorySource.AgencyList;
import id.sigap.estimation.engine.CaptureHistories;
import id.sigap.estimation.engine.Estimate;
import id.sigap.estimation.engine.EstimateOptions;
import id.sigap.estimation.engine.EstimationRefused;
import id.sigap.estimation.engine.Estimator;
import id.sigap.estimation.engine.Refusal;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Runs a dark-figure estimate for an analyst's query: agencies of each list's types (national ones, the province's
 * own and those below it), the capture histories of the linked victims, then the engine. Access is decided by the
 * caller. A refusal of the engine (or lists without agencies) is a {@link Outcome} with the refusal, never a number.
 */
@Service
public class DarkFigures {

    private final Agencies agencies;
    private final CaptureHistorySource source;
    private final Estimator estimator = new Estimator();

    DarkFigures(Agencies agencies, CaptureHistorySource source) {
        this.agencies = agencies;
        this.source = source;
    }

    /** The estimate, or why there is none; {@code table} is null when no table could be built. */
    public record Outcome(CaptureHistories table, Estimate estimate, String refusalCode, Object[] refusalArgs) {

        public boolean refused() {
            return refusalCode != null;
        }
    }

    public Outcome run(DarkFigureQuery q) {
        List<Agency> candidates = agencies.candidatesFor(q.provinceCode());
        List<AgencyList> lists = new ArrayList<>();
        for (DarkFigureQuery.ListSpec spec : q.lists()) {
            List<Long> ids = candidates.stream()
                    .filter(a -> spec.types().contains(a.type()))
                    .map(Agency::id)
                    .toList();
            if (ids.isEmpty()) {
                return new Outcome(null, null, "estimation.empty-list", new Object[] {spec.name()});
            }
            lists.add(new AgencyList(spec.name(), ids));
        }
        CaptureHistories table = null;
        try {
            table = source.histories(q.provinceCode(), q.from(), q.to(), lists);
            if (table.patterns().length == 0) {
                throw new EstimationRefused(Refusal.NO_OBSERVATIONS);
            }
            Estimate estimate = estimator.estimate(table, EstimateOptions.of(q.method(), q.interval()));
            return new Outcome(table, estimate, null, null);
        } catch (EstimationRefused e) {
            return new Outcome(table, null, e.code(), e.args());
        }
    }

    /** The engine's answer on a table, for tests that compare the page with the engine. */
    public Estimate estimate(CaptureHistories table, DarkFigureQuery q) {
        return estimator.estimate(table, EstimateOptions.of(q.method(), q.interval()));
    }
}

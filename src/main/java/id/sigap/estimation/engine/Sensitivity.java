package id.sigap.estimation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sensitivity table: the estimate (with its Wald interval) under main effects only, stepwise selection at
 * thresholds 0.01, 0.02 (the reference) and 0.05, AIC and BIC selection, and the chosen model with each of its
 * pairs left out in turn.
 */
final class Sensitivity {

    private Sensitivity() {}

    static List<SensitivityRow> table(
            CaptureHistories table, ModelSelection selection, ExistenceCheck checks, SelectedModel chosen, double p) {
        int t = table.listCount();
        double[] y = table.cellCounts();
        List<SensitivityRow> rows = new ArrayList<>();
        rows.add(row("main effects", selection.select(t, y, Method.MAIN, p), table, 0.95));
        for (double threshold : new double[] {0.01, 0.02, 0.05}) {
            rows.add(row(
                    String.format(Locale.ROOT, "stepwise p < %.2f", threshold),
                    selection.select(t, y, Method.STEPWISE, threshold),
                    table,
                    0.95));
        }
        rows.add(row("AIC", selection.select(t, y, Method.AIC, p), table, 0.95));
        rows.add(row("BIC", selection.select(t, y, Method.BIC, p), table, 0.95));
        for (ListPair left : chosen.pairs()) {
            List<ListPair> model = new ArrayList<>(chosen.pairs());
            model.remove(left);
            String label = "without " + left.name(table.lists());
            ModelCheck check = checks.check(t, y, model);
            if (!check.ok()) {
                String code = check == ModelCheck.NOT_IDENTIFIABLE
                        ? Refusal.NOT_IDENTIFIABLE.code()
                        : Refusal.MLE_DOES_NOT_EXIST.code();
                rows.add(new SensitivityRow(
                        label, names(model, table), Double.NaN, Double.NaN, Double.NaN, Double.NaN, code));
            } else {
                rows.add(row(label, ModelSelection.fixed(t, y, model), table, 0.95));
            }
        }
        return rows;
    }

    private static SensitivityRow row(String label, SelectedModel m, CaptureHistories table, double level) {
        if (!m.fit().converged() || !Double.isFinite(m.estimate())) {
            return new SensitivityRow(
                    label,
                    m.pairNames(table.lists()),
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Refusal.UNSTABLE.code());
        }
        double[] w = Estimator.wald(m, level);
        return new SensitivityRow(
                label,
                m.pairNames(table.lists()),
                m.estimate(),
                w[0],
                w[1],
                m.fit().aic(),
                null);
    }

    private static List<String> names(List<ListPair> model, CaptureHistories table) {
        return model.stream().map(p -> p.name(table.lists())).toList();
    }
}

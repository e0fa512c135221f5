package id.sigap.plans.internal;

import id.sigap.plans.ActionPlan;
import id.sigap.plans.BudgetSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Everything the annual report (Laporan Tahunan) of a plan shows for one year, ready to render. */
public record AnnualReport(
        ActionPlan plan,
        String taskForceName,
        int year,
        List<Row> rows,
        List<BudgetRow> budget,
        List<Obstacle> obstacles,
        Map<Section, Text> texts) {

    public AnnualReport {
        rows = List.copyOf(rows);
        budget = List.copyOf(budget);
        obstacles = List.copyOf(obstacles);
        texts = Map.copyOf(texts);
    }

    /** The editable texts kept with the report. */
    public enum Section {
        SUMMARY,
        OBSTACLES,
        INTERVENTIONS;

        public String labelKey() {
            return "plans.annual.section." + name();
        }
    }

    public record Text(String body, int version) {}

    public record Row(
            String cluster,
            String activity,
            String indicator,
            String unit,
            String agency,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal achieved,
            BigDecimal percent,
            boolean computed) {}

    public record BudgetRow(String activity, BudgetSource source, BigDecimal allocated, BigDecimal realised) {
        public BigDecimal percent() {
            return allocated.signum() <= 0
                    ? null
                    : realised.multiply(BigDecimal.valueOf(100)).divide(allocated, 1, RoundingMode.HALF_UP);
        }
    }

    public record Obstacle(String indicator, int quarter, String text) {}

    public String text(Section s) {
        Text t = texts.get(s);
        return t == null ? "" : t.body();
    }

    /** A number as printed in the documents: no grouping, no trailing zeros; "-" for none. */
    public static String number(BigDecimal n) {
        return n == null ? "-" : n.stripTrailingZeros().toPlainString();
    }
}

package id.sigap.plans;

import java.math.BigDecimal;
import java.util.List;

/** A plan with its clusters, programmes, activities (with budgets) and indicators, in order. */
public record PlanTree(ActionPlan plan, List<Cluster> clusters) {

    public PlanTree {
        clusters = List.copyOf(clusters);
    }

    public record Cluster(long id, String name, int version, List<Programme> programmes) {
        public Cluster {
            programmes = List.copyOf(programmes);
        }
    }

    public record Programme(long id, String name, int version, List<Activity> activities) {
        public Programme {
            activities = List.copyOf(activities);
        }
    }

    public record Activity(long id, String name, int version, List<Budget> budgets, List<Indicator> indicators) {
        public Activity {
            budgets = List.copyOf(budgets);
            indicators = List.copyOf(indicators);
        }
    }

    public record Budget(int year, BudgetSource source, BigDecimal allocated, BigDecimal realised) {}

    public List<Indicator> indicators() {
        return clusters.stream()
                .flatMap(c -> c.programmes().stream())
                .flatMap(p -> p.activities().stream())
                .flatMap(a -> a.indicators().stream())
                .toList();
    }
}

package id.sigap.plans;

/** Where an activity's money comes from: the national budget, a regional budget, or anything else. */
public enum BudgetSource {
    APBN,
    APBD,
    OTHER;

    public String labelKey() {
        return "plans.budget.source." + name();
    }
}

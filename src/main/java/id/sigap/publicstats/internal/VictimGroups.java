package id.sigap.publicstats.internal;

import id.sigap.cases.StatisticalVictims.VictimFact;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The published categories of a victim: sex and age group (women, men, girls, boys as in GLOTIP and Polri's figures;
 * unknown when the sex or the age is not recorded), and the form of exploitation (the case's UU 21/2007 purposes
 * grouped as in GLOTIP; mixed when they fall in more than one group; not recorded when none). Each victim falls in
 * exactly one column of each table, so the tables add up to the same totals.
 */
public final class VictimGroups {

    static final int CHILD_UNDER = 18;

    public static final List<String> SEX_AGE = List.of("WOMEN", "MEN", "GIRLS", "BOYS", "UNKNOWN");

    public static final List<String> FORMS =
            List.of("SEXUAL", "LABOUR", "CRIMINALITY", "MARRIAGE", "ORGAN", "OTHER", "MIXED", "UNKNOWN");

    static final Map<String, String> FORM_OF_PURPOSE = Map.of(
            "PROSTITUTION", "SEXUAL",
            "SEXUAL_EXPLOITATION", "SEXUAL",
            "REPRODUCTIVE_USE", "SEXUAL",
            "FORCED_LABOUR", "LABOUR",
            "SLAVERY", "LABOUR",
            "LABOUR_FOR_PROFIT", "LABOUR",
            "OPPRESSION_EXTORTION", "LABOUR",
            "FORCED_CRIMINALITY", "CRIMINALITY",
            "FORCED_MARRIAGE", "MARRIAGE",
            "ORGAN_REMOVAL", "ORGAN");

    private VictimGroups() {}

    static String sexAge(VictimFact v) {
        Boolean child = v.ageAtCase() != null ? Boolean.valueOf(v.ageAtCase() < CHILD_UNDER) : v.child() ? true : null;
        if (v.sex() == null || child == null) {
            return "UNKNOWN";
        }
        boolean female = "F".equals(v.sex());
        return child ? (female ? "GIRLS" : "BOYS") : (female ? "WOMEN" : "MEN");
    }

    static String form(Set<String> purposes) {
        TreeSet<String> groups = new TreeSet<>();
        for (String p : purposes) {
            groups.add(FORM_OF_PURPOSE.getOrDefault(p, "OTHER"));
        }
        return groups.isEmpty() ? "UNKNOWN" : groups.size() == 1 ? groups.first() : "MIXED";
    }
}

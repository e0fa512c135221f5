package id.sigap.prevention;

import id.sigap.shared.SigapException;
import java.util.EnumMap;
import java.util.Map;

/** Persons counted by sex and age group, each count zero or more. */
public record Headcount(int women, int girls, int men, int boys) {

    public static final Headcount NONE = new Headcount(0, 0, 0, 0);
    static final int MAX = 100_000;

    public Headcount {
        for (int n : new int[] {women, girls, men, boys}) {
            if (n < 0 || n > MAX) {
                throw new SigapException.Invalid("headcount", "prevention.count-invalid", MAX);
            }
        }
    }

    public int total() {
        return women + girls + men + boys;
    }

    public Map<SexAge, Long> asMap() {
        Map<SexAge, Long> m = new EnumMap<>(SexAge.class);
        m.put(SexAge.WOMEN, (long) women);
        m.put(SexAge.GIRLS, (long) girls);
        m.put(SexAge.MEN, (long) men);
        m.put(SexAge.BOYS, (long) boys);
        return m;
    }
}

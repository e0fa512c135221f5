package id.sigap.synthetic.internal;

import id.sigap.synthetic.internal.Places.District;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What cases of one run share, fixed by the seed before any case is made: a pool of people who turn up in more than
 * one case (re-trafficked victims, people reported to several agencies) and syndicates whose members recruit,
 * transport and harbour in many cases. True-person numbers: pool 1..P, syndicate members after them, then one block
 * of {@value #SLOTS} numbers per case for everybody who appears only once.
 */
final class World {

    static final int SLOTS = 64;
    static final int MAX_MEMBERS = 8;
    private static final long POOL_STREAM = 2;
    private static final long SYNDICATE_STREAM = 3;

    final long seed;
    final Places places;
    private final long poolSize;
    private final int syndicates;
    private final Map<String, List<Long>> poolByProvince = new TreeMap<>();
    private final Map<String, List<Integer>> syndicatesByProvince = new TreeMap<>();
    private final String[] syndicateProvince;
    private final int[] syndicateMembers;

    World(long seed, int cases, Places places) {
        this.seed = seed;
        this.places = places;
        this.poolSize = Math.max(10, cases / 25);
        this.syndicates = Math.max(3, cases / 40);
        for (long no = 1; no <= poolSize; no++) {
            String province = poolHome(no).provinceCode();
            poolByProvince.computeIfAbsent(province, k -> new ArrayList<>()).add(no);
        }
        syndicateProvince = new String[syndicates];
        syndicateMembers = new int[syndicates];
        for (int s = 0; s < syndicates; s++) {
            Dice dice = Dice.of(seed, SYNDICATE_STREAM, s);
            syndicateProvince[s] = places.home(dice).provinceCode();
            syndicateMembers[s] = dice.between(3, MAX_MEMBERS);
            syndicatesByProvince
                    .computeIfAbsent(syndicateProvince[s], k -> new ArrayList<>())
                    .add(s);
        }
    }

    /** Home district of pool person {@code no}. */
    District poolHome(long no) {
        return places.home(Dice.of(seed, POOL_STREAM, no));
    }

    /** Pool persons from {@code province} (possibly empty). */
    List<Long> pool(String province) {
        return poolByProvince.getOrDefault(province, List.of());
    }

    /** Syndicates based in {@code province} (possibly empty). */
    List<Integer> syndicates(String province) {
        return syndicatesByProvince.getOrDefault(province, List.of());
    }

    int members(int syndicate) {
        return syndicateMembers[syndicate];
    }

    long memberNo(int syndicate, int member) {
        return poolSize + (long) syndicate * MAX_MEMBERS + member + 1;
    }

    /** The syndicate whose member has true-person number {@code no}, or -1 for anybody else. */
    int syndicateOf(long no) {
        long index = no - poolSize - 1;
        return index < 0 || index >= (long) syndicates * MAX_MEMBERS ? -1 : (int) (index / MAX_MEMBERS);
    }

    /** Home of a syndicate member: in the syndicate's province. */
    District memberHome(int syndicate, int member) {
        return places.homeIn(
                syndicateProvince[syndicate], Dice.of(seed, SYNDICATE_STREAM + 100, memberNo(syndicate, member)));
    }

    /** The true-person number of the {@code slot}-th one-off person of case {@code caseIndex}. */
    long singleNo(int caseIndex, int slot) {
        return poolSize + (long) syndicates * MAX_MEMBERS + (long) caseIndex * SLOTS + slot + 1;
    }
}

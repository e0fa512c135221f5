package id.sigap.synthetic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The regions cases come from: every regency with its districts, weighted by population times a hotspot factor
 * (the provinces named as trafficking hotspots weigh more), in code order so that the same seed picks the same
 * places on every database with the same region table.
 */
final class Places {

    /** Hotspot provinces and how much more a resident there weighs than elsewhere. */
    static final Map<String, Double> HOTSPOTS =
            Map.of("53", 8.0, "52", 5.0, "32", 1.6, "33", 1.5, "35", 1.5, "61", 4.0, "21", 6.0, "12", 2.0, "65", 10.0);

    static final double ELSEWHERE = 0.5;

    record District(String code, String name, Regency regency) {

        String provinceCode() {
            return code.substring(0, 2);
        }

        /** The six NIK digits of the district: {@code 53.71.01} → {@code 537101}. */
        String nikPrefix() {
            return code.replace(".", "");
        }
    }

    record Regency(String code, String name, long population, List<District> districts) {

        String provinceCode() {
            return code.substring(0, 2);
        }
    }

    /** A regency with its districts as the region module gives them; {@code population} may be null. */
    record RegencyData(String code, String name, Long population, Map<String, String> districts) {}

    private final List<Regency> regencies;
    private final Map<String, Regency> byCode = new TreeMap<>();
    private final Map<String, District> districts = new TreeMap<>();
    private final double[] cumulative;

    Places(List<RegencyData> data) {
        List<Regency> list = new ArrayList<>();
        data.stream()
                .filter(r -> !r.districts().isEmpty())
                .sorted(Comparator.comparing(RegencyData::code))
                .forEach(r -> {
                    List<District> ds = new ArrayList<>();
                    Regency regency =
                            new Regency(r.code(), r.name(), r.population() == null ? 100_000 : r.population(), ds);
                    new TreeMap<>(r.districts()).forEach((code, name) -> ds.add(new District(code, name, regency)));
                    list.add(regency);
                    byCode.put(regency.code(), regency);
                    ds.forEach(d -> districts.put(d.code(), d));
                });
        if (list.isEmpty()) {
            throw new IllegalStateException("no regions: the region table is empty");
        }
        this.regencies = List.copyOf(list);
        this.cumulative = new double[regencies.size()];
        double sum = 0;
        for (int i = 0; i < regencies.size(); i++) {
            Regency r = regencies.get(i);
            sum += r.population() * HOTSPOTS.getOrDefault(r.provinceCode(), ELSEWHERE);
            cumulative[i] = sum;
        }
    }

    /** A home district: regency weighted by population and hotspot, district uniform within it. */
    District home(Dice dice) {
        Regency r = regencies.get(dice.weighted(cumulative));
        return dice.pick(r.districts());
    }

    /** A home district within province {@code provinceCode} (weighted the same way), or anywhere if none. */
    District homeIn(String provinceCode, Dice dice) {
        for (int tries = 0; tries < 40; tries++) {
            District d = home(dice);
            if (d.provinceCode().equals(provinceCode)) {
                return d;
            }
        }
        return home(dice);
    }

    Regency regency(String code) {
        return byCode.get(code);
    }

    /** The district {@code code}, else the first district of its regency, else null. */
    District district(String code) {
        District d = districts.get(code);
        if (d != null) {
            return d;
        }
        Regency r = byCode.get(code.length() > 5 ? code.substring(0, 5) : code);
        return r == null ? null : r.districts().getFirst();
    }

    List<Regency> regencies() {
        return regencies;
    }
}

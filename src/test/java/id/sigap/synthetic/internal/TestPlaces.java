package id.sigap.synthetic.internal;

import id.sigap.organization.AgencyType;
import id.sigap.synthetic.internal.Places.Regency;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link Places} from the region reference files the database is loaded from, for tests without a database. */
final class TestPlaces {

    static final Places PLACES = load();

    /** Agencies without a database: ids derived from the regency code. */
    static final LocalAgencies AGENCIES = new LocalAgencies() {
        @Override
        public long uptd(Regency regency) {
            return 2L * Long.parseLong(regency.code().replace(".", ""));
        }

        @Override
        public long police(Regency regency) {
            return 2L * Long.parseLong(regency.code().replace(".", "")) + 1;
        }

        @Override
        public long named(String regionCode, String name, AgencyType type) {
            return 1_000_000_000L + Math.abs((long) (regionCode + "|" + name + "|" + type).hashCode());
        }

        @Override
        public String provinceName(String provinceCode) {
            return PROVINCES.getOrDefault(provinceCode, provinceCode);
        }
    };

    /** Province code → name, from the same reference file. */
    static final Map<String, String> PROVINCES = provinces();

    private static Map<String, String> provinces() {
        Map<String, String> out = new LinkedHashMap<>();
        read("regions.csv").stream().filter(r -> r[0].length() == 2).forEach(r -> out.put(r[0], r[1]));
        return out;
    }

    private TestPlaces() {}

    private static Places load() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> population = new LinkedHashMap<>();
        read("regions.csv").forEach(r -> names.put(r[0], r[1]));
        read("population.csv").forEach(r -> population.put(r[0], Long.parseLong(r[4])));
        Map<String, Map<String, String>> districts = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            if (code.length() == 8) {
                districts
                        .computeIfAbsent(code.substring(0, 5), k -> new LinkedHashMap<>())
                        .put(code, name);
            }
        });
        List<Places.RegencyData> data = new ArrayList<>();
        names.forEach((code, name) -> {
            if (code.length() == 5) {
                data.add(new Places.RegencyData(
                        code, name, population.get(code), districts.getOrDefault(code, Map.of())));
            }
        });
        return new Places(data);
    }

    private static List<String[]> read(String file) {
        var in = Objects.requireNonNull(TestPlaces.class.getResourceAsStream("/reference/regions/" + file), file);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(l -> l.strip().split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

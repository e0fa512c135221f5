package id.sigap.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.Nik;
import id.sigap.cases.PersonRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CaseMakerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final int N = 3000;
    static final List<MadeCase> CASES = make(42, N);

    static List<MadeCase> make(long seed, int n) {
        CaseMaker maker = new CaseMaker(new World(seed, n, TestPlaces.PLACES), TestPlaces.AGENCIES);
        return IntStream.range(0, n).mapToObj(maker::make).toList();
    }

    static String digest(List<MadeCase> cases) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            cases.forEach(c -> sha.update(c.toString().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_same_seed_gives_the_same_cases_and_another_seed_other_cases() {
        assertThat(digest(make(42, 300))).isEqualTo(digest(make(42, 300)));
        assertThat(digest(make(42, 300))).isNotEqualTo(digest(make(43, 300)));
    }

    @Test
    void a_case_is_the_same_whether_made_alone_or_after_others() {
        CaseMaker fresh = new CaseMaker(new World(42, N, TestPlaces.PLACES), TestPlaces.AGENCIES);
        assertThat(fresh.make(1234).toString()).isEqualTo(CASES.get(1234).toString());
    }

    @Test
    void every_nik_is_valid_and_matches_home_district_sex_and_birth_date() {
        var persons = persons().filter(p -> p.nik() != null).toList();
        assertThat(persons).hasSizeGreaterThan(N);
        assertThat(persons).allSatisfy(p -> {
            assertThat(Nik.problem(
                            p.nik(),
                            p.birthDate(),
                            p.sex() == null ? null : p.sex().charAt(0),
                            TODAY,
                            c -> TestPlaces.PLACES.district(c) != null
                                    && TestPlaces.PLACES.district(c).code().equals(c)))
                    .isEmpty();
            assertThat(p.nik()).startsWith(p.regionCode().replace(".", ""));
        });
        assertThat(persons.stream().filter(p -> "F".equals(p.sex())))
                .allSatisfy(p ->
                        assertThat(Integer.parseInt(p.nik().substring(6, 8))).isGreaterThan(40));
    }

    @Test
    void hotspot_provinces_have_their_weighted_share_of_cases() {
        double expected = expectedHotspotShare();
        long inHotspots = CASES.stream()
                .filter(c -> Places.HOTSPOTS.containsKey(c.bulk().regionCode().substring(0, 2)))
                .count();
        double share = (double) inHotspots / N;
        // interceptions move some cases to transit regencies, which are all in hotspot provinces
        assertThat(share).isBetween(expected - 0.03, Math.min(1.0, expected + 0.08));
        assertThat(CASES.stream()
                        .filter(c -> c.bulk().regionCode().startsWith("53"))
                        .count())
                .isGreaterThan(N / 20);
    }

    @Test
    void most_victims_are_women_and_about_a_quarter_children_but_fishing_crews_are_men() {
        var victims = persons()
                .filter(p -> p.role() == PersonRole.VICTIM && p.sex() != null)
                .toList();
        double women = victims.stream().filter(p -> p.sex().equals("F")).count() / (double) victims.size();
        assertThat(women).isBetween(0.55, 0.85);
        var crews = CASES.stream()
                .filter(c -> c.bulk().elements().contains(new BulkLoadCase.Element("MODUS", "ABK")))
                .flatMap(c -> c.bulk().persons().stream())
                .filter(p -> p.role() == PersonRole.VICTIM && "F".equals(p.sex()))
                .count();
        assertThat(crews).isLessThan(10);
        double children = CASES.stream().filter(c -> c.bulk().childInvolved()).count() / (double) N;
        assertThat(children).isBetween(0.15, 0.45);
    }

    @Test
    void some_people_are_registered_in_several_cases_by_other_agencies_with_other_spellings() {
        Map<Long, Set<Long>> agencies = new HashMap<>();
        Map<Long, Set<String>> spellings = new HashMap<>();
        for (MadeCase c : CASES) {
            for (int k = 0; k < c.truth().size(); k++) {
                long no = c.truth().get(k).truePersonNo();
                agencies.computeIfAbsent(no, x -> new HashSet<>())
                        .add(c.bulk().persons().get(k).registeringAgencyId());
                spellings
                        .computeIfAbsent(no, x -> new HashSet<>())
                        .add(c.bulk().persons().get(k).fullName());
            }
        }
        long byTwoAgencies =
                agencies.values().stream().filter(s -> s.size() > 1).count();
        long spelledTwoWays =
                spellings.values().stream().filter(s -> s.size() > 1).count();
        assertThat(byTwoAgencies).isGreaterThan(N / 20);
        assertThat(spelledTwoWays).isGreaterThan(N / 20);
    }

    @Test
    void syndicate_members_are_suspects_in_several_cases() {
        Map<Long, Integer> casesPerSuspect = new HashMap<>();
        CASES.forEach(c -> {
            for (int k = 0; k < c.truth().size(); k++) {
                if (c.truth().get(k).role().equals("SUSPECT")) {
                    casesPerSuspect.merge(c.truth().get(k).truePersonNo(), 1, Integer::sum);
                }
            }
        });
        assertThat(casesPerSuspect.values().stream().filter(n -> n >= 3).count())
                .isGreaterThan(N / 50);
    }

    @Test
    void names_show_the_regional_traditions_titles_and_old_spellings() {
        List<String> names = persons().map(BulkLoadCase.Person::fullName).toList();
        assertThat(names)
                .anyMatch(n -> n.startsWith("I Wayan ") || n.startsWith("I Made ") || n.startsWith("I Ketut "));
        assertThat(names).anyMatch(n -> n.startsWith("Ni "));
        assertThat(names).anyMatch(n -> n.contains(" bin "));
        assertThat(names).anyMatch(n -> n.contains(" binti "));
        assertThat(names).anyMatch(n -> n.startsWith("H. ") || n.startsWith("Hj. "));
        assertThat(names).anyMatch(n -> n.contains(", S."));
        assertThat(names).anyMatch(n -> n.endsWith(" Simanjuntak") || n.endsWith(" Siregar") || n.endsWith(" Sinaga"));
        assertThat(names).anyMatch(n -> n.contains("oe") || n.contains("Dj") || n.contains("Tj"));
        assertThat(names).anyMatch(n -> n.matches("[A-Z][a-z]+"));
        assertThat(names).anyMatch(n -> n.startsWith("Andi ") || n.startsWith("Lalu ") || n.startsWith("Baiq "));
        assertThat(names).anyMatch(n -> n.endsWith(" Wenda") || n.endsWith(" Tabuni") || n.endsWith(" Rumbiak"));
        assertThat(new HashSet<>(names).size()).isGreaterThan(names.size() / 3);
    }

    @Test
    void phones_are_indonesian_mobile_numbers() {
        assertThat(persons()
                        .map(BulkLoadCase.Person::phone)
                        .filter(p -> p != null)
                        .toList())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.replaceAll("[ -]", "")).matches("(\\+62|62|0)8\\d{9,10}"));
    }

    @Test
    void routes_abroad_pass_real_transit_points_to_real_countries() {
        var stops = CASES.stream().flatMap(c -> c.bulk().route().stream()).toList();
        assertThat(stops.stream().filter(s -> s.stage().equals("TRANSIT")).map(BulkLoadCase.RouteStop::regionCode))
                .isNotEmpty()
                .allSatisfy(code -> assertThat(Scenario.TRANSITS.stream().map(Scenario.Transit::districtCode))
                        .contains(code));
        assertThat(stops.stream().map(BulkLoadCase.RouteStop::country).filter(c -> c != null))
                .contains("MY", "SA", "KH", "TW")
                .allSatisfy(c -> assertThat(Story.COUNTRY_NAMES).containsKey(c));
        assertThat(stops).allSatisfy(s -> assertThat(s.date()).isBefore(TODAY));
    }

    @Test
    void justice_outcomes_keep_their_order_and_legal_ranges() {
        var tracks = CASES.stream().flatMap(c -> c.bulk().justice().stream()).toList();
        assertThat(tracks).hasSizeGreaterThan(N / 2);
        var verdicts = tracks.stream().filter(t -> t.verdictDate() != null).toList();
        assertThat(verdicts).hasSizeGreaterThan(N / 20).allSatisfy(t -> {
            assertThat(t.prosecutionDate()).isBefore(t.verdictDate());
            assertThat(t.reportDate()).isBefore(t.prosecutionDate());
            assertThat(t.prisonMonths()).isBetween(36, 180);
            assertThat(t.fine()).isBetween(120_000_000L, 600_000_000L);
            assertThat(t.verdictDate()).isBeforeOrEqualTo(Outcomes.LIMIT);
        });
        assertThat(tracks)
                .allSatisfy(t -> assertThat(t.charges()).contains(new BulkLoadCase.Charge("UU 21/2007", "Pasal 2")));
    }

    private static java.util.stream.Stream<BulkLoadCase.Person> persons() {
        return CASES.stream().flatMap(c -> c.bulk().persons().stream());
    }

    private static double expectedHotspotShare() {
        double hot = 0;
        double all = 0;
        for (Places.Regency r : TestPlaces.PLACES.regencies()) {
            double w = r.population() * Places.HOTSPOTS.getOrDefault(r.provinceCode(), Places.ELSEWHERE);
            all += w;
            hot += Places.HOTSPOTS.containsKey(r.provinceCode()) ? w : 0;
        }
        return hot / all;
    }
}

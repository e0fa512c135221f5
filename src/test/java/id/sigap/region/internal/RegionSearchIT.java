package id.sigap.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionLevel;
import id.sigap.region.RegionQuery;
import id.sigap.region.Regions;
import id.sigap.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How people type region names, and what they should see first. */
@IntegrationTest
class RegionSearchIT {

    static final String KOTA_KUPANG = "53.71";
    static final String KAB_KUPANG = "53.01";
    static final String VILLAGE_KUPANG_KOTA = "18.71.09.1001";

    @Autowired
    Regions regions;

    List<String> codes(String text) {
        return codes(RegionQuery.of(text));
    }

    List<String> codes(RegionQuery query) {
        return regions.lookup(query).stream().map(r -> r.region().code()).toList();
    }

    @Test
    void the_regency_and_the_city_come_first_for_their_bare_name() {
        assertThat(codes("kupang").subList(0, 2)).containsExactlyInAnyOrder(KOTA_KUPANG, KAB_KUPANG);
    }

    @Test
    void exact_names_come_before_prefixes_and_prefixes_before_word_prefixes() {
        List<String> kupang = codes(RegionQuery.of("kupang").withLimit(50));
        int lastExact = kupang.lastIndexOf("35.16.16.2009"); // a village called just "Kupang"
        int prefix = kupang.indexOf("53.01.05"); // district "Kupang Barat"
        int wordPrefix = kupang.indexOf("63.08.02.2007"); // village "Murung Kupang"
        assertThat(lastExact).isNotNegative().isLessThan(prefix);
        assertThat(prefix).isLessThan(wordPrefix);
    }

    @Test
    void kota_anywhere_in_the_text_favours_the_city() {
        assertThat(codes("Kota Kupang").getFirst()).isEqualTo(KOTA_KUPANG);
        assertThat(codes("kota kupang").getFirst()).isEqualTo(KOTA_KUPANG);
        List<String> kupangKota = codes("kupang kota");
        assertThat(kupangKota.getFirst()).isEqualTo(KOTA_KUPANG);
        assertThat(kupangKota.get(1)).as("the village named exactly so").isEqualTo(VILLAGE_KUPANG_KOTA);
    }

    @Test
    void kab_kab_dot_and_kabupaten_favour_the_regency() {
        for (String text : List.of("kab kupang", "Kab. Kupang", "kabupaten kupang", "KABUPATEN KUPANG", "kupang kab")) {
            List<String> found = codes(text);
            assertThat(found.getFirst()).as(text).isEqualTo(KAB_KUPANG);
            assertThat(found.get(1)).as(text).isEqualTo(KOTA_KUPANG);
        }
    }

    @Test
    void abbreviations_in_everyday_use_are_understood() {
        List<String> jkt = codes("jkt");
        assertThat(jkt.getFirst()).isEqualTo("31");
        assertThat(jkt.subList(1, 6)).allMatch(c -> c.startsWith("31.7"));
        assertThat(codes("ntt").getFirst()).isEqualTo("53");
    }

    @Test
    void case_accents_and_punctuation_are_ignored() {
        assertThat(codes("KUPÁNG").subList(0, 2)).containsExactlyInAnyOrder(KOTA_KUPANG, KAB_KUPANG);
        assertThat(codes("regapu'u").getFirst()).isEqualTo("53.07.01.2021"); // Regapu’u, Sikka
        assertThat(codes("  Regapu’U ").getFirst()).isEqualTo("53.07.01.2021");
    }

    @Test
    void a_prefix_finds_names_as_they_are_typed() {
        List<String> kupa = codes("kupa");
        assertThat(kupa).contains(KOTA_KUPANG, KAB_KUPANG, "53.01.05");
        assertThat(codes("kupang b").getFirst()).isEqualTo("53.01.05"); // Kupang Barat
    }

    @Test
    void a_misspelled_name_still_finds_the_region() {
        assertThat(codes("kupng").subList(0, 5)).contains(KOTA_KUPANG, KAB_KUPANG);
        assertThat(regions.lookup(RegionQuery.of("bandng")).getFirst().region().name())
                .contains("Bandung");
    }

    @Test
    void results_carry_their_ancestors_to_tell_same_names_apart() {
        LocatedRegion kelapaLima = regions.lookup(RegionQuery.of("kelapa lima")).getFirst();
        assertThat(kelapaLima.region().code()).isEqualTo("53.71.03");
        assertThat(kelapaLima.label()).isEqualTo("Kelapa Lima — Kota Kupang, Nusa Tenggara Timur");
        LocatedRegion village = regions.lookup(RegionQuery.of("kupang kota")).get(1);
        assertThat(village.path()).hasSize(3);
    }

    @Test
    void codes_are_found_by_prefix_with_or_without_dots() {
        assertThat(codes("53.71").getFirst()).isEqualTo(KOTA_KUPANG);
        assertThat(codes("53.71")).allMatch(c -> c.startsWith("53.71"));
        assertThat(codes("5371")).isEqualTo(codes("53.71"));
        assertThat(codes("53.71.03.1010")).containsExactly("53.71.03.1010");
    }

    @Test
    void level_max_level_subtree_and_limit_narrow_the_result() {
        assertThat(regions.lookup(new RegionQuery("kupang", RegionLevel.DISTRICT, null, null, 0)))
                .isNotEmpty()
                .allMatch(r -> r.region().level() == RegionLevel.DISTRICT);
        assertThat(regions.lookup(new RegionQuery("kupang", null, RegionLevel.REGENCY, null, 0)))
                .extracting(r -> r.region().code())
                .containsExactlyInAnyOrder(KOTA_KUPANG, KAB_KUPANG);
        assertThat(codes(new RegionQuery("kupang", null, null, "53", 50))).allMatch(c -> c.startsWith("53"));
        assertThat(codes(new RegionQuery("ba", null, null, null, 5))).hasSize(5);
        assertThat(codes(new RegionQuery("ba", null, null, null, 500))).hasSize(50);
    }

    @Test
    void nothing_is_found_for_empty_or_unmatched_text() {
        assertThat(codes("   ")).isEmpty();
        assertThat(codes("qxzqxzqxz")).isEmpty();
    }
}

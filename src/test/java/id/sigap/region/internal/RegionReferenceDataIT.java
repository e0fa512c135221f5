package id.sigap.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.region.RegionLevel;
import id.sigap.region.Regions;
import id.sigap.support.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RegionReferenceDataIT {

    @Autowired
    DSLContext db;

    @Autowired
    Regions regions;

    @Test
    void regions_of_a_level_are_counted_within_a_subtree_and_the_whole_country() {
        long kupangVillages = regions.children("53.71").stream()
                .mapToLong(d -> regions.children(d.code()).size())
                .sum();
        assertThat(regions.count("53.71", RegionLevel.VILLAGE)).isPositive().isEqualTo(kupangVillages);
        assertThat(regions.count("53.71", RegionLevel.DISTRICT))
                .isEqualTo(regions.children("53.71").size());
        assertThat(regions.count("53.7", RegionLevel.DISTRICT))
                .as("53.7 is not a prefix of 53.71")
                .isZero();
        assertThat(regions.count(null, RegionLevel.PROVINCE)).isEqualTo(38);
        assertThat(regions.count(null, RegionLevel.VILLAGE)).isEqualTo(83_762);
    }

    @Test
    void all_kemendagri_2025_regions_are_loaded_with_the_official_counts() {
        var counts = db.fetch("select level, count(*) from region.admin_region group by level order by level");
        assertThat(counts.getValues(1, Integer.class)).containsExactly(38, 514, 7285, 83762);
    }

    @Test
    void kota_kupang_has_its_code_parent_population_and_area() {
        var kupang = regions.find("53.71").orElseThrow();
        assertThat(kupang.name()).isEqualTo("Kota Kupang");
        assertThat(kupang.level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(kupang.parentCode()).isEqualTo("53");
        assertThat(kupang.population()).isPositive();
        assertThat(kupang.areaKm2()).isPositive();
    }

    @Test
    void quirky_area_codes_are_mapped_to_the_real_regions() {
        assertThat(regions.find("11.10").orElseThrow().areaKm2()).isEqualTo(1851.615);
        assertThat(regions.find("31").orElseThrow().areaKm2()).isEqualTo(661.53);
    }

    @Test
    void countries_have_indonesian_and_english_names() {
        var my = regions.country("MY").orElseThrow();
        assertThat(my.iso3()).isEqualTo("MYS");
        assertThat(my.nameEn()).isEqualTo("Malaysia");
        assertThat(regions.countries()).hasSizeGreaterThan(240);
    }
}

package id.sigap.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedRegionTest {

    @Test
    void label_names_the_ancestors_nearest_first() {
        var kelapaLima = new RegionRef("53.71.04", "Kelapa Lima", RegionLevel.DISTRICT, "53.71", null, null);
        var located = new LocatedRegion(
                kelapaLima,
                List.of(new RegionName("53", "Nusa Tenggara Timur"), new RegionName("53.71", "Kota Kupang")));
        assertThat(located.label()).isEqualTo("Kelapa Lima — Kota Kupang, Nusa Tenggara Timur");
    }

    @Test
    void a_province_is_labelled_by_its_name_alone() {
        var ntt = new RegionRef("53", "Nusa Tenggara Timur", RegionLevel.PROVINCE, null, 5_000_000L, 47_000.0);
        assertThat(new LocatedRegion(ntt, List.of()).label()).isEqualTo("Nusa Tenggara Timur");
    }
}

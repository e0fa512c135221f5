package id.sigap.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvinceCodesTest {

    @Test
    void the_six_papua_provinces_are_mapped_by_name_to_their_kemendagri_codes() {
        assertThat(ProvinceCodes.kemendagri("91", "Papua")).isEqualTo("91");
        assertThat(ProvinceCodes.kemendagri("92", "Papua Barat")).isEqualTo("92");
        assertThat(ProvinceCodes.kemendagri("91", "Papua Selatan")).isEqualTo("93");
        assertThat(ProvinceCodes.kemendagri("91", "Papua Tengah")).isEqualTo("94");
        assertThat(ProvinceCodes.kemendagri("91", "Papua Pegunungan")).isEqualTo("95");
        assertThat(ProvinceCodes.kemendagri("92", "Papua Barat Daya")).isEqualTo("96");
    }

    @Test
    void other_provinces_keep_their_code() {
        assertThat(ProvinceCodes.kemendagri("53", "Nusa Tenggara Timur")).isEqualTo("53");
        assertThat(ProvinceCodes.kemendagri("31", "DKI Jakarta")).isEqualTo("31");
    }

    @Test
    void an_unknown_name_with_an_old_papua_code_is_not_guessed() {
        assertThatThrownBy(() -> ProvinceCodes.kemendagri("91", "Irian Jaya"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package id.sigap.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.region.internal.SearchTerms.Hint;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void text_is_lower_cased_without_accents_and_punctuation() {
        assertThat(SearchTerms.normalize("  Bu Nuapu’u ")).isEqualTo("bu nuapu u");
        assertThat(SearchTerms.normalize("Sélatan,  Kab.")).isEqualTo("selatan kab");
    }

    @Test
    void kab_kabupaten_and_kota_are_hints_not_words_to_match() {
        assertThat(SearchTerms.parse("kab kupang"))
                .isEqualTo(new SearchTerms("kab kupang", "kupang", Hint.KABUPATEN, null));
        assertThat(SearchTerms.parse("Kab. Kupang").hint()).isEqualTo(Hint.KABUPATEN);
        assertThat(SearchTerms.parse("Kabupaten Kupang").core()).isEqualTo("kupang");
        assertThat(SearchTerms.parse("kupang kota"))
                .isEqualTo(new SearchTerms("kupang kota", "kupang", Hint.KOTA, null));
        assertThat(SearchTerms.parse("kec alak").hint()).isEqualTo(Hint.DISTRICT);
        assertThat(SearchTerms.parse("desa oesapa").hint()).isEqualTo(Hint.VILLAGE);
    }

    @Test
    void a_hint_word_alone_is_searched_as_a_name() {
        assertThat(SearchTerms.parse("kota")).isEqualTo(new SearchTerms("kota", "kota", Hint.NONE, null));
    }

    @Test
    void common_abbreviations_are_written_out() {
        assertThat(SearchTerms.parse("jkt").core()).isEqualTo("jakarta");
        assertThat(SearchTerms.parse("NTT").core()).isEqualTo("nusa tenggara timur");
        assertThat(SearchTerms.parse("kota jaksel").core()).isEqualTo("jakarta selatan");
    }

    @Test
    void digits_are_a_code_prefix_with_or_without_dots() {
        assertThat(SearchTerms.parse("53.71").codePrefix()).isEqualTo("53.71");
        assertThat(SearchTerms.parse("5371").codePrefix()).isEqualTo("53.71");
        assertThat(SearchTerms.parse("537101").codePrefix()).isEqualTo("53.71.01");
        assertThat(SearchTerms.parse("5371011001").codePrefix()).isEqualTo("53.71.01.1001");
        assertThat(SearchTerms.parse("5").codePrefix()).isEqualTo("5");
        assertThat(SearchTerms.parse("kupang").isCode()).isFalse();
    }

    @Test
    void blank_text_is_empty() {
        assertThat(SearchTerms.parse("  ").isEmpty()).isTrue();
        assertThat(SearchTerms.parse("’’ ..,").isEmpty()).isTrue();
    }
}

package id.sigap.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void old_and_new_spellings_share_a_key() {
        assertThat(NameKey.of("Soekarno")).isEqualTo(NameKey.of("Sukarno"));
        assertThat(NameKey.of("Johana")).isEqualTo(NameKey.of("Yohana"));
        assertThat(NameKey.of("Djoko Soesilo")).isEqualTo(NameKey.of("Joko Susilo"));
        assertThat(NameKey.of("Tjahjo")).isEqualTo(NameKey.of("Cahyo"));
        assertThat(NameKey.of("Sjahrir")).isEqualTo(NameKey.of("Syahrir"));
        assertThat(NameKey.of("Chairul")).isEqualTo(NameKey.of("Khairul"));
    }

    @Test
    void case_accents_punctuation_and_spaces_are_ignored() {
        assertThat(NameKey.of("  MARÍA   d'Costa ")).isEqualTo("maria d kosta".replace("kosta", "costa"));
        assertThat(NameKey.of(null)).isEmpty();
        assertThat(NameKey.of("<script>")).isEqualTo("script");
    }
}

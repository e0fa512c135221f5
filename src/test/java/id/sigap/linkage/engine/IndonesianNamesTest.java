package id.sigap.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndonesianNamesTest {

    @Test
    void old_and_new_spellings_meet() {
        assertThat(IndonesianNames.normalise("Johana Nope")).isEqualTo(IndonesianNames.normalise("Yohana Nope"));
        assertThat(IndonesianNames.normalise("Djoko Tjahjono")).isEqualTo(IndonesianNames.normalise("Joko Cahyono"));
        assertThat(IndonesianNames.normalise("Soekarno")).isEqualTo(IndonesianNames.normalise("Sukarno"));
        assertThat(IndonesianNames.normalise("Chairul Tandjung"))
                .isEqualTo(IndonesianNames.normalise("Khairul Tanjung"));
        assertThat(IndonesianNames.normalise("Sjahrir")).isEqualTo(IndonesianNames.normalise("Syahrir"));
        assertThat(IndonesianNames.normalise("Njoman")).isEqualTo(IndonesianNames.normalise("Nyoman"));
    }

    @Test
    void titles_degrees_and_forms_of_address_are_removed() {
        assertThat(IndonesianNames.normalise("H. Muhammad Yusuf, S.E., M.M.")).isEqualTo("muhammad yusuf");
        assertThat(IndonesianNames.normalise("Hj. Siti Aminah")).isEqualTo("siti aminah");
        assertThat(IndonesianNames.normalise("Drs. Ir. Budi Santoso")).isEqualTo("budi santoso");
        assertThat(IndonesianNames.normalise("dr. Maria Ndun")).isEqualTo("maria ndun");
        assertThat(IndonesianNames.normalise("Budi Santoso S.H.")).isEqualTo("budi santoso");
        assertThat(IndonesianNames.normalise("Pak Anton")).isEqualTo("anton");
        assertThat(IndonesianNames.normalise("Ibu Maria Bria")).isEqualTo("maria bria");
    }

    @Test
    void a_form_of_address_inside_a_name_stays() {
        assertThat(IndonesianNames.normalise("Anton Mas")).isEqualTo("anton mas");
    }

    @Test
    void bin_and_binti_are_dropped_and_the_fathers_name_kept() {
        assertThat(IndonesianNames.tokens("Ahmad bin Ismail")).containsExactly("ahmad", "ismail");
        assertThat(IndonesianNames.tokens("Aisyah binti Abdullah")).containsExactly("aisyah", "abdullah");
    }

    @Test
    void spelling_variants_of_muhammad_and_ahmad_meet() {
        assertThat(IndonesianNames.normalise("Mochammad Achmad")).isEqualTo("muhammad ahmad");
        assertThat(IndonesianNames.normalise("Moh. Hatta")).isEqualTo("muhammad hatta");
        assertThat(IndonesianNames.normalise("Muhamad Hata")).isEqualTo("muhammad hata");
    }

    @Test
    void call_names_are_pieces_of_the_name_or_listed() {
        assertThat(Nicknames.equivalent("anton", IndonesianNames.normalise("Antonius")))
                .isTrue();
        assertThat(Nicknames.equivalent("yanti", "suryanti")).isTrue();
        assertThat(Nicknames.equivalent("frans", "fransiskus")).isTrue();
        assertThat(Nicknames.equivalent(IndonesianNames.normalise("Yos"), IndonesianNames.normalise("Josef")))
                .isTrue();
        assertThat(Nicknames.equivalent("siti aisyah", "siti nur aisyah")).isTrue();
        assertThat(Nicknames.equivalent("ani", "maria")).isFalse();
        assertThat(Nicknames.equivalent("budi", "bambang")).isFalse();
    }

    @Test
    void blank_and_title_only_names_have_no_tokens() {
        assertThat(IndonesianNames.tokens(null)).isEmpty();
        assertThat(IndonesianNames.tokens("  ")).isEmpty();
        assertThat(IndonesianNames.tokens("Hj.")).isEmpty();
    }
}

package id.sigap.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.cases.internal.NameKey;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void old_spelling_is_the_spelling_before_1972_and_the_search_key_folds_it_back() {
        assertThat(PersonName.oldSpelling("Yusuf")).isEqualTo("Joesoef");
        assertThat(PersonName.oldSpelling("Joko Cahyono")).isEqualTo("Djoko Tjahjono");
        assertThat(PersonName.oldSpelling("Khairul")).isEqualTo("Chairoel");
        assertThat(NameKey.of(PersonName.oldSpelling("Sukarni Cahyadi"))).isEqualTo(NameKey.of("Sukarni Cahyadi"));
    }

    @Test
    void respelling_goes_both_ways() {
        assertThat(Variations.respell("Sutrisno")).isEqualTo("Soetrisno");
        assertThat(Variations.respell("Soetrisno")).isEqualTo("Sutrisno");
    }

    @Test
    void nicknames_are_known_short_forms_or_the_last_syllables() {
        assertThat(Variations.nickname("Fransiskus Xaverius")).isEqualTo("Frans");
        assertThat(Variations.nickname("Sulastri")).isEqualTo("Lastri");
    }

    @Test
    void a_full_name_has_its_parts_in_the_usual_order() {
        var name = new PersonName("Hj.", null, "Siti Aminah", null, "binti Abdullah", "S.Pd.");
        assertThat(name.full()).isEqualTo("Hj. Siti Aminah binti Abdullah, S.Pd.");
        assertThat(new PersonName(null, "Ni Made", "Sriani", null, null, null).full())
                .isEqualTo("Ni Made Sriani");
        assertThat(new PersonName(null, null, "Sutrisno", null, null, null).mononym())
                .isTrue();
    }

    @Test
    void second_names_suit_the_sex() {
        assertThat(Names.fits("Santoso", false)).isTrue();
        assertThat(Names.fits("Santoso", true)).isFalse();
        assertThat(Names.fits("Wahyuni", true)).isTrue();
        assertThat(Names.fits("Wahyuni", false)).isFalse();
        assertThat(Names.fits("Kurniawan", true)).isFalse();
        assertThat(Names.fits("Hidayat", false)).isTrue();
        assertThat(Names.fits("Hadi", false)).isTrue();
    }

    @Test
    void small_runs_load_in_several_batches_and_large_ones_in_thousands() {
        assertThat(Generator.batchSize(300)).isEqualTo(75);
        assertThat(Generator.batchSize(200)).isEqualTo(50);
        assertThat(Generator.batchSize(10)).isEqualTo(10);
        assertThat(Generator.batchSize(200_000)).isEqualTo(1000);
    }

    @Test
    void the_progress_line_shows_percent_rate_and_time_left() {
        assertThat(ProgressBar.line(42, 84_000, 200_000, 41_200, 192))
                .isEqualTo("[############..................]  42%  84000/200000 cases  41200 rows/s  ETA 3:12");
    }
}

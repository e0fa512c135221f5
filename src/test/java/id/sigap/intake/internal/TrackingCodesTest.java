package id.sigap.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodesTest {

    private final TrackingCodes codes = new TrackingCodes();

    @Test
    void ten_thousand_codes_are_all_different_and_use_only_unambiguous_symbols() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).matches("LPR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
            assertThat(code).doesNotContain("0", "1", "O", "I");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void the_alphabet_has_32_symbols_so_twelve_of_them_carry_60_bits() {
        assertThat(TrackingCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
        assertThat(TrackingCodes.SYMBOLS * 5).isGreaterThanOrEqualTo(60);
    }

    @Test
    void typed_codes_are_forgiven_case_spaces_and_dashes_but_nothing_else() {
        assertThat(TrackingCodes.normalize(" lpr 7kq4-m9xd 2htw ")).contains("LPR-7KQ4-M9XD-2HTW");
        assertThat(TrackingCodes.normalize("7KQ4M9XD2HTW")).contains("LPR-7KQ4-M9XD-2HTW");
        assertThat(TrackingCodes.normalize("LPR-0KQ4-M9XD-2HTW")).isEmpty();
        assertThat(TrackingCodes.normalize("LPR-7KQ4-M9XD")).isEmpty();
        assertThat(TrackingCodes.normalize("' OR 1=1 --")).isEmpty();
        assertThat(TrackingCodes.normalize(null)).isEmpty();
    }
}

package id.sigap.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NikTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Set<String> DISTRICTS = Set.of("53.71.01", "63.71.02");

    static String check(String nik, LocalDate birth, Character sex) {
        return Nik.problem(nik, birth, sex, TODAY, DISTRICTS::contains).orElse("ok");
    }

    @Test
    void valid_male_and_female_niks() {
        assertThat(check("5371011205900001", LocalDate.of(1990, 5, 12), 'M')).isEqualTo("ok");
        assertThat(check("5371015205900002", LocalDate.of(1990, 5, 12), 'F')).isEqualTo("ok");
        assertThat(check("6371020101050003", null, null)).isEqualTo("ok");
    }

    @Test
    void format_problems() {
        assertThat(check("537101120590000", null, null)).isEqualTo("nik.format");
        assertThat(check("53710112059000012", null, null)).isEqualTo("nik.format");
        assertThat(check("5371A11205900001", null, null)).isEqualTo("nik.format");
        assertThat(check(null, null, null)).isEqualTo("nik.format");
    }

    @Test
    void district_must_exist() {
        assertThat(check("9999011205900001", null, null)).isEqualTo("nik.district-unknown");
    }

    @Test
    void date_part_must_be_a_real_past_date() {
        assertThat(check("5371013202900001", null, null)).isEqualTo("nik.date-invalid"); // 32 Feb
        assertThat(check("5371017202900001", null, null)).isEqualTo("nik.date-invalid"); // 72 → 32
        assertThat(check("5371010013900001", null, null)).isEqualTo("nik.date-invalid"); // day 0, month 13
        assertThat(check("5371013112260001", null, null)).isEqualTo("nik.date-future"); // 31.12.2026
    }

    @Test
    void consistency_with_birth_date_and_sex() {
        assertThat(check("5371011205900001", LocalDate.of(1990, 5, 13), null)).isEqualTo("nik.birth-date-mismatch");
        assertThat(check("5371011205900001", null, 'F')).isEqualTo("nik.sex-mismatch-male");
        assertThat(check("5371015205900001", null, 'M')).isEqualTo("nik.sex-mismatch-female");
    }

    @Test
    void serial_must_not_be_zero() {
        assertThat(check("5371011205900000", null, null)).isEqualTo("nik.serial-zero");
    }
}

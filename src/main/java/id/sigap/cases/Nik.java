package id.sigap.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Validation of the Nomor Induk Kependudukan: 16 digits; digits 1–6 a district (kecamatan) code PP.KK.CC that
 * exists; digits 7–12 the birth date DDMMYY with 40 added to the day for women, a real date not in the future and
 * consistent with a given birth date and sex; digits 13–16 a serial other than 0000. A pure function: the result is
 * empty when valid, else the code of the first problem (message key {@code error.<code>}).
 */
public final class Nik {

    private Nik() {}

    public static Optional<String> problem(
            String nik, LocalDate birthDate, Character sex, LocalDate today, Predicate<String> districtExists) {
        if (nik == null || !nik.matches("\\d{16}")) {
            return Optional.of("nik.format");
        }
        String district = nik.substring(0, 2) + "." + nik.substring(2, 4) + "." + nik.substring(4, 6);
        if (!districtExists.test(district)) {
            return Optional.of("nik.district-unknown");
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        boolean female = day > 40;
        int realDay = female ? day - 40 : day;
        int year = 2000 + yy > today.getYear() ? 1900 + yy : 2000 + yy;
        LocalDate born;
        try {
            born = LocalDate.of(year, month, realDay);
        } catch (DateTimeException e) {
            return Optional.of("nik.date-invalid");
        }
        if (born.isAfter(today)) {
            return Optional.of("nik.date-future");
        }
        if (birthDate != null && !birthDate.equals(born)) {
            return Optional.of("nik.birth-date-mismatch");
        }
        if (sex != null && (sex == 'F') != female) {
            return Optional.of(female ? "nik.sex-mismatch-female" : "nik.sex-mismatch-male");
        }
        if (nik.endsWith("0000")) {
            return Optional.of("nik.serial-zero");
        }
        return Optional.empty();
    }
}

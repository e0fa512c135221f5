package id.sigap.synthetic.internal;

import id.sigap.synthetic.internal.Places.District;
import java.time.LocalDate;

/**
 * An invented person as they really are (the truth behind the records): number, name, sex, birth date, home
 * district, NIK consistent with all three, phone, passport, address, education, occupation.
 */
record Identity(
        long no,
        Ethnicity ethnicity,
        PersonName name,
        boolean female,
        LocalDate birthDate,
        District home,
        String nik,
        String phone,
        String passport,
        String address,
        String education,
        String occupation) {

    String sex() {
        return female ? "F" : "M";
    }

    int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }
}

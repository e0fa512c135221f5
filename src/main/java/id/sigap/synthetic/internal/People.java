package id.sigap.synthetic.internal;

import id.sigap.synthetic.internal.Places.District;
import java.time.LocalDate;
import java.util.List;

/** Invents the person behind a true-person number; the same seed and number always give the same person. */
final class People {

    static final long STREAM = 1;

    /** Who the person is in the story: decides age, standing and occupation. */
    enum Kind {
        VICTIM,
        CHILD_VICTIM,
        SUSPECT,
        RELATIVE,
        WITNESS
    }

    private static final List<String> PHONE_PREFIXES = List.of(
            "811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816", "855", "856", "857",
            "858", "817", "818", "819", "859", "877", "878", "831", "832", "838", "895", "896", "897", "898", "899",
            "881", "882", "887", "888");
    private static final List<String> VICTIM_WORK = List.of(
            "Petani",
            "Ibu rumah tangga",
            "Buruh harian lepas",
            "Tidak bekerja",
            "Nelayan",
            "Pedagang kecil",
            "Pekerja rumah tangga",
            "Buruh pabrik",
            "Pelayan warung",
            "Buruh tani");
    private static final List<String> SUSPECT_WORK = List.of(
            "Wiraswasta",
            "Sopir",
            "Karyawan swasta",
            "Tidak diketahui",
            "Pemilik agen penyalur",
            "Petani",
            "Pengusaha hiburan malam",
            "Ibu rumah tangga",
            "Pemilik kos",
            "Nakhoda kapal");
    private static final List<String> OTHER_WORK = List.of(
            "Petani",
            "Ibu rumah tangga",
            "Wiraswasta",
            "Guru",
            "Pedagang",
            "Buruh harian lepas",
            "Nelayan",
            "Aparat desa",
            "Pensiunan",
            "Karyawan swasta");

    /** The day ages are counted from, so that the same seed gives the same people whenever it runs. */
    static final LocalDate REFERENCE = LocalDate.of(2023, 7, 1);

    private People() {}

    static Identity make(long seed, long no, District home, Kind kind, double femaleShare) {
        return make(seed, no, home, kind, femaleShare, REFERENCE);
    }

    /** A person of the given age on {@code asOf} (the day a one-off person's case was opened). */
    static Identity make(long seed, long no, District home, Kind kind, double femaleShare, LocalDate asOf) {
        Dice dice = Dice.of(seed, STREAM, no);
        boolean female = dice.chance(femaleShare);
        int age =
                switch (kind) {
                    case CHILD_VICTIM -> dice.between(11, 17);
                    case VICTIM -> 18 + Math.min(dice.geometric(8), 32);
                    case SUSPECT -> dice.between(24, 62);
                    case RELATIVE -> dice.between(35, 68);
                    case WITNESS -> dice.between(19, 60);
                };
        LocalDate birth = asOf.minusYears(age).minusDays(dice.between(0, 364));
        Ethnicity ethnicity = Ethnicity.of(home.provinceCode(), dice);
        PersonName name = Names.of(ethnicity, female, birth.getYear(), kind == Kind.SUSPECT, dice);
        String nik = nik(home, birth, female, seed, no);
        String phone = kind == Kind.CHILD_VICTIM && dice.chance(0.6) ? null : phone(dice);
        String passport = dice.chance(kind == Kind.SUSPECT ? 0.3 : 0.35) && age >= 18 ? passport(dice) : null;
        String address = "RT %03d/RW %03d, Kec. %s, %s"
                .formatted(
                        dice.between(1, 15),
                        dice.between(1, 9),
                        home.name(),
                        home.regency().name());
        String education = education(kind, dice);
        String occupation =
                switch (kind) {
                    case CHILD_VICTIM -> dice.chance(0.7) ? "Pelajar" : "Tidak bekerja";
                    case VICTIM -> dice.pick(VICTIM_WORK);
                    case SUSPECT -> dice.pick(SUSPECT_WORK);
                    default -> dice.pick(OTHER_WORK);
                };
        return new Identity(
                no, ethnicity, name, female, birth, home, nik, phone, passport, address, education, occupation);
    }

    /** District (6 digits), birth date DDMMYY with 40 added to the day for women, and a serial 0001–9999. */
    static String nik(District home, LocalDate birth, boolean female, long seed, long no) {
        int day = birth.getDayOfMonth() + (female ? 40 : 0);
        int serial = 1 + (int) Math.floorMod(Dice.mix(seed * 31 + no), 9999L);
        return "%s%02d%02d%02d%04d"
                .formatted(home.nikPrefix(), day, birth.getMonthValue(), birth.getYear() % 100, serial);
    }

    private static String phone(Dice dice) {
        String prefix = dice.pick(PHONE_PREFIXES);
        int length = dice.between(7, 8);
        StringBuilder b = new StringBuilder("+62").append(prefix);
        for (int i = 0; i < length; i++) {
            b.append((char) ('0' + dice.below(10)));
        }
        return b.toString();
    }

    private static String passport(Dice dice) {
        return dice.pick("A", "B", "C", "E", "X") + "%07d".formatted(dice.between(1, 9_999_999));
    }

    private static String education(Kind kind, Dice dice) {
        int x = dice.below(100);
        if (kind == Kind.CHILD_VICTIM) {
            return x < 45 ? "SD" : x < 90 ? "SMP" : "SMA";
        }
        return x < 6
                ? "NONE"
                : x < 34 ? "SD" : x < 62 ? "SMP" : x < 88 ? "SMA" : x < 93 ? "DIPLOMA" : x < 97 ? "S1" : "UNKNOWN";
    }
}

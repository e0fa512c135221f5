package id.sigap.synthetic.internal;

import id.sigap.synthetic.internal.Ethnicity.Faith;
import java.util.List;

/** Composes a name in the tradition of an {@link Ethnicity}, for a sex, birth year and (for suspects) standing. */
final class Names {

    private Names() {}

    static PersonName of(Ethnicity e, boolean female, int birthYear, boolean adultStanding, Dice dice) {
        String given = dice.pick(female ? e.female : e.male);
        PersonName name =
                switch (e) {
                    case BALINESE -> balinese(female, given, dice);
                    case BATAK, NTT, PAPUAN, MINAHASA, AMBONESE, DAYAK, CHINESE -> withFamily(e, female, given, dice);
                    case BUGIS -> twoPart(e, given, dice, dice.chance(0.15) ? "Andi" : null, female);
                    case SASAK -> twoPart(e, given, dice, dice.chance(0.1) ? (female ? "Baiq" : "Lalu") : null, female);
                    case JAVANESE ->
                        dice.chance(0.3)
                                ? new PersonName(null, null, given, null, null, null)
                                : twoPart(e, given, dice, null, female);
                    default -> twoPart(e, given, dice, null, female);
                };
        if (birthYear < 1972 && e.faith != Faith.HINDU && e != Ethnicity.CHINESE && dice.chance(0.55)) {
            name = name.withGiven(PersonName.oldSpelling(name.given()));
        }
        int age = 2025 - birthYear;
        if (e.faith == Faith.MUSLIM && age >= 35 && dice.chance(adultStanding ? 0.18 : 0.05)) {
            name = name.withHonorific(female ? "Hj." : "H.");
        }
        if (age >= 24 && dice.chance(adultStanding ? 0.08 : 0.02)) {
            name = new PersonName(
                    name.honorific(),
                    name.prefix(),
                    name.given(),
                    name.family(),
                    name.patronym(),
                    dice.pick(NameBank.ACADEMIC));
        }
        return name;
    }

    private static PersonName twoPart(Ethnicity e, String given, Dice dice, String prefix, boolean female) {
        String second = e.family.isEmpty() ? null : dice.pick(e.family);
        for (int tries = 0; second != null && tries < 4 && !fits(second, female); tries++) {
            second = dice.pick(e.family);
        }
        if (second != null && (second.equals(given) || given.contains(" "))) {
            second = given.contains(" ") && dice.chance(0.6) ? null : second;
        }
        String patronym = null;
        boolean patronymic =
                e == Ethnicity.MALAY || e == Ethnicity.MINANG || e == Ethnicity.BUGIS || e == Ethnicity.SASAK;
        if (patronymic && dice.chance(0.18)) {
            String father = firstWord(dice.pick(NameBank.ARABIC_M));
            patronym = (female ? "binti " : "bin ") + father;
            second = dice.chance(0.7) ? null : second;
        }
        return new PersonName(null, prefix, given, second, patronym, null);
    }

    private static PersonName withFamily(Ethnicity e, boolean female, String given, Dice dice) {
        String prefix = null;
        if (e == Ethnicity.NTT && dice.chance(0.08)) {
            prefix = female ? "Rambu" : "Umbu"; // Sumba
        }
        String g = given;
        if (e != Ethnicity.CHINESE && dice.chance(0.3)) {
            String second = dice.pick(female ? NameBank.CHRISTIAN_F : NameBank.CHRISTIAN_M);
            if (!second.equals(given)) {
                g = given + " " + second;
            }
        }
        if (e == Ethnicity.BATAK && dice.chance(0.2)) {
            g = dice.pick(female ? NameBank.ARABIC_F : NameBank.ARABIC_M); // Muslim Mandailing / Angkola
        }
        if (e == Ethnicity.CHINESE) {
            return new PersonName(null, null, g, dice.pick(e.family), null, null).swapForChinese(dice);
        }
        if ((e == Ethnicity.NTT || e == Ethnicity.PAPUAN) && dice.chance(0.06)) {
            return new PersonName(null, prefix, g, null, null, null); // registered without the family name
        }
        return new PersonName(null, prefix, g, dice.pick(e.family), null, null);
    }

    private static PersonName balinese(boolean female, String given, Dice dice) {
        List<String> order =
                switch (dice.below(10)) {
                    case 0, 1, 2, 3 -> NameBank.BALI_ORDER_1;
                    case 4, 5, 6 -> NameBank.BALI_ORDER_2;
                    case 7, 8 -> NameBank.BALI_ORDER_3;
                    default -> NameBank.BALI_ORDER_4;
                };
        String prefix = (female ? (dice.chance(0.3) ? "Ni Luh" : "Ni") : "I") + " " + dice.pick(order);
        return new PersonName(null, prefix, given, null, null, null);
    }

    /**
     * Whether a second name suits the sex: Javanese and Malay second names ending in -o, -an, -putra, -tama or -syah
     * are men's; those ending in -i (but -di, -li), -ah, -ningrum, -ningsih or -ita are women's.
     */
    static boolean fits(String second, boolean female) {
        String s = second.toLowerCase(java.util.Locale.ROOT);
        boolean mens =
                s.endsWith("o") || s.endsWith("an") || s.endsWith("putra") || s.endsWith("tama") || s.endsWith("syah");
        boolean womens = (s.endsWith("i") && !s.endsWith("di") && !s.endsWith("li"))
                || s.endsWith("ah")
                || s.endsWith("ningrum")
                || s.endsWith("ningsih")
                || s.endsWith("ita");
        return female ? !mens : !womens;
    }

    static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}

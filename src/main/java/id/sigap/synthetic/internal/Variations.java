package id.sigap.synthetic.internal;

import java.util.Locale;
import java.util.Map;

/**
 * How another agency writes the same person's name: old or new spelling, swapped order, a nickname, a dropped part,
 * a typo, titles added or left out, capitals. The written name and, sometimes, the other name as an alias.
 */
final class Variations {

    record Written(String fullName, String aliases) {}

    static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Yohanes", "Anis"),
            Map.entry("Yakobus", "Kobus"),
            Map.entry("Fransiskus", "Frans"),
            Map.entry("Marselinus", "Marsel"),
            Map.entry("Agustinus", "Agus"),
            Map.entry("Stefanus", "Stef"),
            Map.entry("Yosef", "Ocep"),
            Map.entry("Oktovianus", "Opi"),
            Map.entry("Septinus", "Epi"),
            Map.entry("Maria", "Mia"),
            Map.entry("Yuliana", "Yuli"),
            Map.entry("Agustina", "Tina"),
            Map.entry("Margaretha", "Etha"),
            Map.entry("Theresia", "Tere"),
            Map.entry("Elisabeth", "Lisa"),
            Map.entry("Kristina", "Tina"),
            Map.entry("Magdalena", "Lena"),
            Map.entry("Fransiska", "Siska"),
            Map.entry("Muhammad", "Mamat"),
            Map.entry("Abdullah", "Dullah"),
            Map.entry("Rahmat", "Mamat"),
            Map.entry("Ahmad", "Amat"),
            Map.entry("Bambang", "Bams"),
            Map.entry("Slamet", "Met"),
            Map.entry("Sutrisno", "Tris"),
            Map.entry("Wahyuni", "Yuni"),
            Map.entry("Yohana", "Ana"),
            Map.entry("Veronika", "Vero"),
            Map.entry("Daniel", "Niel"),
            Map.entry("Hendra", "Hen"),
            Map.entry("Khadijah", "Ijah"),
            Map.entry("Fatimah", "Imah"));

    private Variations() {}

    static Written of(PersonName name, Dice dice) {
        PersonName n = name;
        String alias = null;
        int kinds = 1 + (dice.chance(0.35) ? 1 : 0);
        for (int k = 0; k < kinds; k++) {
            switch (dice.below(8)) {
                case 0 -> n = n.withGiven(respell(n.given()));
                case 1 -> {
                    String nick = nickname(n.given());
                    alias = dice.chance(0.5) ? name.full() : null;
                    n = n.withGiven(nick);
                }
                case 2 -> n = n.patronym() != null ? n.withoutPatronym() : n.withoutTitles();
                case 3 -> n = n.withGiven(typo(n.given(), dice));
                case 4 -> n = n.honorific() != null ? n.withoutTitles() : n;
                case 5 -> n = n.given().contains(" ") ? n.withGiven(Names.firstWord(n.given())) : n.withoutTitles();
                default -> {
                    /* the same spelling, other details differ */
                }
            }
        }
        String full = n.full();
        if (n.family() != null && dice.chance(0.2)) {
            full = n.family() + " " + n.withFamily(null).withoutTitles().full(); // family name first
        }
        if (dice.chance(0.15)) {
            full = full.toUpperCase(Locale.ROOT);
        }
        return new Written(full, alias);
    }

    /** Old spelling to new or new to old, whichever the name is not in. */
    static String respell(String given) {
        String old = PersonName.oldSpelling(given);
        if (!old.equals(given)) {
            return old;
        }
        return given.replace("oe", "u")
                .replace("Oe", "U")
                .replace("dj", "j")
                .replace("Dj", "J")
                .replace("tj", "c")
                .replace("Tj", "C");
    }

    static String nickname(String given) {
        String first = Names.firstWord(given);
        String known = NICKNAMES.get(first);
        if (known != null) {
            return known;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        int lastVowel = -1;
        for (int i = lower.length() - 1; i >= 0; i--) {
            if ("aiueo".indexOf(lower.charAt(i)) >= 0 && i > 0 && "aiueo".indexOf(lower.charAt(i - 1)) < 0) {
                lastVowel = i - 1;
                if (lower.length() - lastVowel >= 3) {
                    break;
                }
            }
        }
        if (lastVowel <= 0) {
            return first;
        }
        String nick = lower.substring(lastVowel);
        return Character.toUpperCase(nick.charAt(0)) + nick.substring(1);
    }

    /** One slip of the keyboard: a letter doubled or dropped, or i/e and u/o confused. */
    static String typo(String s, Dice dice) {
        if (s.length() < 4) {
            return s;
        }
        int at = dice.between(1, s.length() - 2);
        char c = s.charAt(at);
        return switch (dice.below(3)) {
            case 0 -> s.substring(0, at) + c + s.substring(at);
            case 1 -> s.charAt(at - 1) == ' ' || c == ' ' ? s : s.substring(0, at) + s.substring(at + 1);
            default -> s.substring(0, at) + vowelSwap(c) + s.substring(at + 1);
        };
    }

    private static char vowelSwap(char c) {
        return switch (c) {
            case 'i' -> 'e';
            case 'e' -> 'i';
            case 'u' -> 'o';
            case 'o' -> 'u';
            default -> c;
        };
    }
}

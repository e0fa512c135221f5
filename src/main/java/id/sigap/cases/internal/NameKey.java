package id.sigap.cases.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The search key of a personal name: lower case, accents and punctuation removed, spaces collapsed, and the old
 * Indonesian spellings folded into the current ones (oe→u, tj→c, ch→kh, sj→sy; dj→j and j→y, with
 * j and y meeting in y), so that "Soekarno" and "Sukarno", "Johana" and "Yohana", "Djoko" and "Joko" share a key. Applied to stored names and to queries alike.
 */
public final class NameKey {

    private NameKey() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        // Old "dj" is today's "j", and old "j" is today's "y": all three meet in "y" so that old and new spellings
        // ("Djoko"/"Joko", "Johana"/"Yohana") share one key; "sj" becomes "sy" on the way.
        return s.replace("oe", "u")
                .replace("tj", "c")
                .replace("dj", "y")
                .replace("ch", "kh")
                .replace('j', 'y');
    }
}

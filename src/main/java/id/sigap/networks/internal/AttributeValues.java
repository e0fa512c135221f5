package id.sigap.networks.internal;

import id.sigap.networks.SuspectAttributes.Kind;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation of attribute values before their blind index, so that the same account typed differently still
 * matches: handles without {@code @} and case, bank accounts by bank and digits, companies without their legal form
 * (PT, CV, Tbk) and punctuation, number plates without spaces.
 */
public final class AttributeValues {

    private AttributeValues() {}

    public static String normalise(Kind kind, String value) {
        String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case SOCIAL_MEDIA -> social(v);
            case BANK_ACCOUNT -> bank(v);
            case COMPANY -> company(v);
            case VEHICLE -> v.replaceAll("[^a-z0-9]", "");
        };
    }

    /** "Instagram: @Rekrut.Kerja" and "instagram rekrut.kerja" → "instagram:rekrut.kerja"; no platform → the handle. */
    static String social(String v) {
        String s = v.replaceAll("^https?://(www\\.)?", "");
        String platform = "";
        int sep = s.indexOf(':');
        if (sep < 0 && s.matches("^(facebook|instagram|tiktok|whatsapp|telegram|x|twitter|line)\\s+.*")) {
            sep = s.indexOf(' ');
        }
        if (sep > 0) {
            platform = s.substring(0, sep).strip();
            s = s.substring(sep + 1);
        } else if (s.matches("^[a-z]+\\.com/.*")) {
            platform = s.substring(0, s.indexOf('.'));
            s = s.substring(s.indexOf('/') + 1);
        }
        String handle =
                s.strip().replaceAll("^@+", "").replaceAll("[\\s/]+$", "").replaceAll("\\s+", "");
        return platform.isEmpty() ? handle : platform + ":" + handle;
    }

    /** "BRI 0123-01-000123-50-1" → "bri:012301000123501"; only digits when no bank is named. */
    static String bank(String v) {
        String digits = v.replaceAll("\\D", "");
        String bank = v.replaceAll("[^a-z]", " ").strip();
        bank = bank.replaceAll("\\b(bank|rek|rekening|no|nomor|a n|an)\\b", " ").strip();
        String first = bank.isEmpty() ? "" : bank.split("\\s+")[0];
        return first.isEmpty() ? digits : first + ":" + digits;
    }

    /** "PT. Maju Jaya Abadi, Tbk" → "maju jaya abadi". */
    static String company(String v) {
        String s = v.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        s = s.replaceAll("^(pt|cv|ud|pjtki|p3mi|ppaspi)\\s+", "").replaceAll("\\s+(tbk|persero)$", "");
        return s.strip().replaceAll("\\s+", " ");
    }
}

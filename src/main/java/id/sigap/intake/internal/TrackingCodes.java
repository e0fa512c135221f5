package id.sigap.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Component;

/**
 * Tracking codes like {@code LPR-7KQ4-M9XD-2HTW}: 12 symbols of a 32-letter alphabet without the look-alikes 0/O and
 * 1/I (60 bits from {@link SecureRandom}), so they can be neither guessed nor enumerated. Only the SHA-256 hash is
 * stored; lookups go by hash.
 */
@Component
public class TrackingCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final String PREFIX = "LPR";
    static final int SYMBOLS = 12;

    private final RandomGenerator random;

    public TrackingCodes() {
        this(new SecureRandom());
    }

    TrackingCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical form of what someone typed (case, spaces and dashes forgiven), or empty if it cannot be one. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (s.startsWith(PREFIX)) {
            s = s.substring(PREFIX.length());
        }
        if (s.length() != SYMBOLS) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(PREFIX + "-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8));
    }

    public static byte[] hash(String canonicalCode) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalCode.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.sigap.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * A time trap for the public HTML form: the page carries the moment it was rendered, signed with HMAC-SHA256 under a
 * key made at start-up. A submission sooner than {@link #MIN_AGE} after rendering (a bot) or older than
 * {@link #MAX_AGE} (a forgotten tab), or with a forged token, is refused.
 */
@Component
public class FormTokens {

    public static final Duration MIN_AGE = Duration.ofSeconds(2);
    public static final Duration MAX_AGE = Duration.ofHours(6);

    public enum Verdict {
        OK,
        TOO_FAST,
        EXPIRED,
        INVALID
    }

    private final byte[] key = new byte[32];
    private final Clock clock;

    FormTokens(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    public String issue() {
        return issueAt(clock.millis());
    }

    /** A token for a form rendered at {@code epochMillis} (tests back-date forms with it). */
    public String issueAt(long epochMillis) {
        String time = Long.toString(epochMillis, 36);
        return time + "." + sign(time);
    }

    public Verdict check(String token) {
        if (token == null || token.length() > 100) {
            return Verdict.INVALID;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Verdict.INVALID;
        }
        String time = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(time).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        long rendered;
        try {
            rendered = Long.parseLong(time, 36);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        long age = clock.millis() - rendered;
        if (age < MIN_AGE.toMillis()) {
            return Verdict.TOO_FAST;
        }
        return age > MAX_AGE.toMillis() ? Verdict.EXPIRED : Verdict.OK;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

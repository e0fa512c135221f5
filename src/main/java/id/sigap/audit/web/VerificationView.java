package id.sigap.audit.web;

import id.sigap.audit.ChainVerdict;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The result of a verification as shown: {@code intact}, the entries checked, and for a tampered log the first bad
 * entry's {@code seq} and {@code reason}; {@code message} in the request's language.
 */
public record VerificationView(boolean intact, long entries, Long seq, String reason, String message) {

    static VerificationView of(ChainVerdict verdict, MessageSource messages, Locale locale) {
        return switch (verdict) {
            case ChainVerdict.Intact i ->
                new VerificationView(
                        true,
                        i.entries(),
                        null,
                        null,
                        messages.getMessage("audit.verify.intact", new Object[] {i.entries(), i.pending()}, locale));
            case ChainVerdict.Tampered t ->
                new VerificationView(
                        false,
                        t.entries(),
                        t.seq(),
                        t.reason().name(),
                        messages.getMessage(
                                "audit.verify.tampered",
                                new Object[] {
                                    t.seq(), messages.getMessage(t.reason().labelKey(), null, locale), t.entries()
                                },
                                locale));
        };
    }
}

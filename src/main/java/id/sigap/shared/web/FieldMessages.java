package id.sigap.shared.web;

import id.sigap.shared.SigapException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Field messages of a rejected form in the page's language, keyed by field (first problem per field). */
@Component
public class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The first problem of each field, as the message {@code error.<code>} in the page's language. */
    public Map<String, String> of(SigapException.Invalid e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.putIfAbsent(
                        p.field(),
                        messages.getMessage("error." + p.code(), p.args(), p.code(), LocaleContextHolder.getLocale())));
        return errors;
    }

    /** A label of the bundles in the page's language (the key itself when missing). */
    public String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}

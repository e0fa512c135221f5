package id.sigap.plans.web;

import id.sigap.shared.SigapException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Field messages of a rejected form in the page's language, keyed by field (first problem per field). */
@Component
class PlanFormErrors {

    private final MessageSource messages;

    PlanFormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(SigapException.Invalid e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.putIfAbsent(
                        p.field(),
                        messages.getMessage("error." + p.code(), p.args(), p.code(), LocaleContextHolder.getLocale())));
        return errors;
    }

    String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}

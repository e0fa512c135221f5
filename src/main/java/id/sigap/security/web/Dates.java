package id.sigap.security.web;

import id.sigap.shared.Jakarta;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Date-times for pages, in Western Indonesian Time (WIB) and the page's language. */
final class Dates {

    static final ZoneId ZONE = Jakarta.ZONE;

    private Dates() {}

    static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale)
                        .withZone(ZONE)
                        .format(instant) + " WIB";
    }
}

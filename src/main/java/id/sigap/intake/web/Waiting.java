package id.sigap.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** "menunggu 2 jam": how long a report has waited, in the page's language. */
@Component
public class Waiting {

    private final Clock clock;
    private final MessageSource messages;

    Waiting(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    public String since(OffsetDateTime receivedAt) {
        Duration d = Duration.between(receivedAt.toInstant(), clock.instant());
        String amount;
        if (d.toDays() >= 1) {
            amount = text("triage.wait.days", d.toDays());
        } else if (d.toHours() >= 1) {
            amount = text("triage.wait.hours", d.toHours());
        } else {
            amount = text("triage.wait.minutes", Math.max(0, d.toMinutes()));
        }
        return text("triage.waiting", amount);
    }

    private String text(String key, Object arg) {
        return messages.getMessage(key, new Object[] {arg}, key, LocaleContextHolder.getLocale());
    }
}

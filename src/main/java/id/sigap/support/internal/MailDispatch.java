package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.NOTIFICATION;

import id.sigap.security.MailAddresses;
import id.sigap.security.Role;
import id.sigap.support.internal.Notifications.Kind;
import id.sigap.support.internal.db.tables.records.NotificationRecord;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends notifications by e-mail when {@code spring.mail.host} is set (otherwise there is no mail sender and nothing
 * is sent). A notification is sent after the transaction that raised it commits, in the background; a failure is
 * logged with the notification's id and the error's class only, and retried with growing pauses ({@link #BACKOFF});
 * after the last attempt it is recorded as FAILED. The text (Bahasa Indonesia, then English) holds the reference
 * number and a link, never personal data; recipients are blind-copied.
 */
@Component
class MailDispatch {

    static final String NONE = "NONE";
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final List<Duration> BACKOFF =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    static final Duration CLAIM = Duration.ofMinutes(10);
    static final Role[] STAFF = {Role.CASE_WORKER, Role.INTAKE_OFFICER, Role.INVESTIGATOR};

    private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DSLContext db;
    private final MailAddresses addresses;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final String from;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    MailDispatch(
            ObjectProvider<JavaMailSender> sender,
            DSLContext db,
            MailAddresses addresses,
            MessageSource messages,
            Clock clock,
            @Value("${sigap.mail.base-url:http://localhost:8080}") String baseUrl,
            @Value("${sigap.mail.from:sigap@localhost}") String from) {
        this.sender = sender;
        this.db = db;
        this.addresses = addresses;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Sends notification {@code id} once the current transaction commits (at once without one). */
    void afterCommit(long id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    background.submit(() -> send(id));
                }
            });
        } else {
            background.submit(() -> send(id));
        }
    }

    /** Sends what is due again (failed earlier, or never sent because the server stopped). */
    @Scheduled(fixedDelayString = "${sigap.mail.retry-every:PT1M}", initialDelayString = "PT30S")
    void retry() {
        if (!enabled()) {
            return;
        }
        db.select(NOTIFICATION.ID)
                .from(NOTIFICATION)
                .where(NOTIFICATION.MAIL_STATUS.eq(PENDING))
                .and(NOTIFICATION.MAIL_NEXT_AT.le(OffsetDateTime.now(clock)))
                .orderBy(NOTIFICATION.MAIL_NEXT_AT)
                .limit(100)
                .fetch(NOTIFICATION.ID)
                .forEach(this::send);
    }

    /** Claims the notification (so one sender sends it), sends it and records the outcome. */
    void send(long id) {
        JavaMailSender mailer = sender.getIfAvailable();
        OffsetDateTime now = OffsetDateTime.now(clock);
        NotificationRecord n = db.update(NOTIFICATION)
                .set(NOTIFICATION.MAIL_NEXT_AT, now.plus(CLAIM))
                .where(NOTIFICATION.ID.eq(id))
                .and(NOTIFICATION.MAIL_STATUS.eq(PENDING))
                .and(NOTIFICATION.MAIL_NEXT_AT.le(now))
                .returning()
                .fetchOne();
        if (n == null || mailer == null) {
            return;
        }
        if (mailer instanceof JavaMailSenderImpl impl) {
            // a server that never answers must not hold the sender (or the shutdown) forever
            for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
                impl.getJavaMailProperties().putIfAbsent("mail.smtp." + timeout, "20000");
            }
        }
        List<String> to = recipients(n);
        if (to.isEmpty()) {
            finish(id, NONE, null);
            return;
        }
        try {
            mailer.send(message(n, to));
            finish(id, SENT, null);
        } catch (MailException | IllegalStateException e) {
            int attempts = n.getMailAttempts() + 1;
            boolean last = attempts > BACKOFF.size();
            log.warn(
                    "Notification {} not sent by e-mail (attempt {}{}): {}",
                    id,
                    attempts,
                    last ? ", giving up" : "",
                    e.getClass().getName());
            db.update(NOTIFICATION)
                    .set(NOTIFICATION.MAIL_ATTEMPTS, attempts)
                    .set(NOTIFICATION.MAIL_STATUS, last ? FAILED : PENDING)
                    .set(NOTIFICATION.MAIL_NEXT_AT, last ? null : now.plus(BACKOFF.get(attempts - 1)))
                    .set(NOTIFICATION.MAIL_ERROR, e.getClass().getName())
                    .where(NOTIFICATION.ID.eq(id))
                    .execute();
        }
    }

    private void finish(long id, String status, String error) {
        db.update(NOTIFICATION)
                .set(NOTIFICATION.MAIL_STATUS, status)
                .set(NOTIFICATION.MAIL_SENT_AT, status.equals(SENT) ? OffsetDateTime.now(clock) : null)
                .set(NOTIFICATION.MAIL_NEXT_AT, (OffsetDateTime) null)
                .set(NOTIFICATION.MAIL_ERROR, error)
                .where(NOTIFICATION.ID.eq(id))
                .execute();
    }

    /** The agency's staff; for overdue work also the task-force secretaries over the case's region. */
    private List<String> recipients(NotificationRecord n) {
        List<String> out = new ArrayList<>(addresses.ofAgency(n.getAgencyId(), STAFF));
        Kind kind = Kind.valueOf(n.getKind());
        if ((kind == Kind.ITEM_OVERDUE || kind == Kind.VISIT_OVERDUE) && n.getRegionCode() != null) {
            addresses.covering(n.getRegionCode(), Role.TASKFORCE_SECRETARY).stream()
                    .filter(a -> !out.contains(a))
                    .forEach(out::add);
        }
        return out;
    }

    private SimpleMailMessage message(NotificationRecord n, List<String> to) {
        String key = "support.mail." + n.getKind();
        Object[] args = {String.valueOf(n.getObjectId()), baseUrl + n.getLink()};
        Locale id = Locale.forLanguageTag("id");
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(from);
        m.setBcc(to.toArray(String[]::new));
        m.setSubject(messages.getMessage(key + ".subject", args, id) + " / "
                + messages.getMessage(key + ".subject", args, Locale.ENGLISH));
        m.setText(messages.getMessage(key + ".body", args, id)
                + "\n\n"
                + messages.getMessage(key + ".body", args, Locale.ENGLISH)
                + "\n\n-- \n"
                + messages.getMessage("support.mail.footer", null, id)
                + "\n"
                + messages.getMessage("support.mail.footer", null, Locale.ENGLISH));
        return m;
    }

    @PreDestroy
    void stop() {
        background.close();
    }
}

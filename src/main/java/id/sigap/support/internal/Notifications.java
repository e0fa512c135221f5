package id.sigap.support.internal;

import static id.sigap.support.internal.db.Tables.NOTIFICATION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Notifications to an agency: in its work inbox as soon as the transaction that raised them commits, and by e-mail
 * after the commit when SMTP is configured ({@link MailDispatch}). A notification names no person: its kind, the
 * object's number and a link. Each event notifies an agency once.
 */
@Service
public class Notifications {

    static final int RECENT = 20;

    private final DSLContext db;
    private final MailDispatch mail;
    private final Clock clock;

    Notifications(DSLContext db, MailDispatch mail, Clock clock) {
        this.db = db;
        this.mail = mail;
        this.clock = clock;
    }

    public enum Kind {
        REFERRAL_NEW,
        REFERRAL_ACCEPTED,
        REFERRAL_REJECTED,
        ITEM_OVERDUE,
        VISIT_OVERDUE;

        public String labelKey() {
            return "support.notice." + name();
        }
    }

    /** A notification as the inbox lists it. */
    public record Notice(long id, Kind kind, long objectId, String link, OffsetDateTime createdAt) {}

    /** Raises a notification (once per kind, object and agency); true when it is new. */
    boolean raise(Kind kind, long agencyId, long objectId, String link, String regionCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean byMail = mail.enabled();
        Long id = db.insertInto(NOTIFICATION)
                .set(NOTIFICATION.AGENCY_ID, agencyId)
                .set(NOTIFICATION.KIND, kind.name())
                .set(NOTIFICATION.OBJECT_ID, objectId)
                .set(NOTIFICATION.LINK, link)
                .set(NOTIFICATION.REGION_CODE, regionCode)
                .set(NOTIFICATION.CREATED_AT, now)
                .set(NOTIFICATION.MAIL_STATUS, byMail ? MailDispatch.PENDING : MailDispatch.NONE)
                .set(NOTIFICATION.MAIL_NEXT_AT, byMail ? now : null)
                .onConflictDoNothing()
                .returning(NOTIFICATION.ID)
                .fetchOptional(NOTIFICATION.ID)
                .orElse(null);
        if (id != null && byMail) {
            mail.afterCommit(id);
        }
        return id != null;
    }

    /** The agency's latest notifications, newest first. */
    public List<Notice> recent(long agencyId) {
        return db.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.AGENCY_ID.eq(agencyId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .limit(RECENT)
                .fetch(r -> new Notice(
                        r.getId(), Kind.valueOf(r.getKind()), r.getObjectId(), r.getLink(), r.getCreatedAt()));
    }
}

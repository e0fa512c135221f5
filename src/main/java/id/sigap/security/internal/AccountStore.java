package id.sigap.security.internal;

import static id.sigap.security.internal.db.Tables.USER_ACCOUNT;

import id.sigap.security.internal.db.tables.records.UserAccountRecord;
import id.sigap.shared.Page;
import id.sigap.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Persistence of accounts (table sec.user_account). */
@Repository
public class AccountStore {

    private final DSLContext db;

    AccountStore(DSLContext db) {
        this.db = db;
    }

    public Optional<Account> find(long id) {
        return db.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.eq(id))
                .fetchOptional()
                .map(AccountStore::toAccount);
    }

    /** Several accounts at once (for lists), by id. */
    public java.util.Map<Long, Account> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return db.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.ID.in(ids))
                .fetchMap(USER_ACCOUNT.ID, AccountStore::toAccount);
    }

    public Optional<Account> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return db.selectFrom(USER_ACCOUNT)
                .where(DSL.lower(USER_ACCOUNT.USERNAME).eq(normalize(username)))
                .fetchOptional()
                .map(AccountStore::toAccount);
    }

    /** Accounts with this e-mail address, case-insensitive (e-mail addresses are not unique). */
    public java.util.List<Account> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return java.util.List.of();
        }
        return db.selectFrom(USER_ACCOUNT)
                .where(DSL.lower(USER_ACCOUNT.EMAIL).eq(email.trim().toLowerCase(Locale.ROOT)))
                .limit(2)
                .fetch(AccountStore::toAccount);
    }

    public boolean usernameTaken(String username) {
        return db.fetchExists(USER_ACCOUNT, DSL.lower(USER_ACCOUNT.USERNAME).eq(normalize(username)));
    }

    public boolean any() {
        return db.fetchExists(USER_ACCOUNT);
    }

    public long insert(
            String username, String displayName, String email, long agencyId, String passwordHash, Instant now) {
        return db.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.USERNAME, normalize(username))
                .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                .set(USER_ACCOUNT.EMAIL, email)
                .set(USER_ACCOUNT.AGENCY_ID, agencyId)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.PASSWORD_CHANGED_AT, at(now))
                .set(USER_ACCOUNT.CREATED_AT, at(now))
                .returning(USER_ACCOUNT.ID)
                .fetchOne(USER_ACCOUNT.ID);
    }

    /**
     * Counts a failed sign-in; the {@value Account#MAX_FAILED_ATTEMPTS}th locks the account for {@code lockFor}
     * and starts the count afresh. One statement, so concurrent failures are all counted.
     */
    public void recordFailure(long id, Instant now, Duration lockFor) {
        var next = USER_ACCOUNT.FAILED_ATTEMPTS.plus(1);
        var locks = next.ge(Account.MAX_FAILED_ATTEMPTS);
        db.update(USER_ACCOUNT)
                .set(
                        USER_ACCOUNT.FAILED_ATTEMPTS,
                        DSL.when(locks, DSL.inline(0)).otherwise(next))
                .set(
                        USER_ACCOUNT.LOCKED_UNTIL,
                        DSL.when(locks, DSL.val(at(now.plus(lockFor)))).otherwise(USER_ACCOUNT.LOCKED_UNTIL))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    public void recordSuccess(long id) {
        db.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, 0)
                .setNull(USER_ACCOUNT.LOCKED_UNTIL)
                .where(USER_ACCOUNT
                        .ID
                        .eq(id)
                        .and(USER_ACCOUNT.FAILED_ATTEMPTS.ne(0).or(USER_ACCOUNT.LOCKED_UNTIL.isNotNull())))
                .execute();
    }

    public void setPassword(long id, String passwordHash, Instant now) {
        db.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.PASSWORD_CHANGED_AT, at(now))
                .set(USER_ACCOUNT.FAILED_ATTEMPTS, 0)
                .setNull(USER_ACCOUNT.LOCKED_UNTIL)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(id))
                .execute();
    }

    /** Rehash with current parameters, without touching the version (nobody edited anything). */
    public void upgradeHash(long id, String oldHash, String newHash) {
        db.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, newHash)
                .where(USER_ACCOUNT.ID.eq(id).and(USER_ACCOUNT.PASSWORD_HASH.eq(oldHash)))
                .execute();
    }

    /** Updates the profile if {@code version} is still current; false when somebody else changed it. */
    public boolean updateProfile(
            long id, int version, String displayName, String email, long agencyId, boolean enabled) {
        return db.update(USER_ACCOUNT)
                        .set(USER_ACCOUNT.DISPLAY_NAME, displayName)
                        .set(USER_ACCOUNT.EMAIL, email)
                        .set(USER_ACCOUNT.AGENCY_ID, agencyId)
                        .set(USER_ACCOUNT.ENABLED, enabled)
                        .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                        .where(USER_ACCOUNT.ID.eq(id).and(USER_ACCOUNT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    public boolean setEnabled(long id, int version, boolean enabled) {
        return db.update(USER_ACCOUNT)
                        .set(USER_ACCOUNT.ENABLED, enabled)
                        .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                        .where(USER_ACCOUNT.ID.eq(id).and(USER_ACCOUNT.VERSION.eq(version)))
                        .execute()
                == 1;
    }

    /**
     * Accounts matching {@code text} (username or name) among {@code agencies} ({@code null} = every agency).
     */
    public Page<Account> search(String text, Condition agencies, PageRequest page, String sort) {
        Condition where = agencies;
        if (text != null && !text.isBlank()) {
            String like = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
            where = where.and(DSL.lower(USER_ACCOUNT.USERNAME)
                    .like(like, '!')
                    .or(DSL.lower(USER_ACCOUNT.DISPLAY_NAME).like(like, '!')));
        }
        long total = db.fetchCount(USER_ACCOUNT, where);
        var rows = db.selectFrom(USER_ACCOUNT)
                .where(where)
                .orderBy(order(sort), USER_ACCOUNT.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(AccountStore::toAccount);
        return new Page<>(rows, page.page(), page.size(), total);
    }

    private static SortField<?> order(String sort) {
        return switch (sort == null ? "" : sort) {
            case "name" -> DSL.lower(USER_ACCOUNT.DISPLAY_NAME).asc();
            case "-name" -> DSL.lower(USER_ACCOUNT.DISPLAY_NAME).desc();
            case "-username" -> USER_ACCOUNT.USERNAME.desc();
            case "created" -> USER_ACCOUNT.CREATED_AT.asc();
            case "-created" -> USER_ACCOUNT.CREATED_AT.desc();
            default -> USER_ACCOUNT.USERNAME.asc();
        };
    }

    public static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static Account toAccount(UserAccountRecord r) {
        return new Account(
                r.getId(),
                r.getUsername(),
                r.getDisplayName(),
                r.getEmail(),
                r.getAgencyId(),
                r.getPasswordHash(),
                r.getEnabled(),
                r.getFailedAttempts(),
                instant(r.getLockedUntil()),
                instant(r.getPasswordChangedAt()),
                r.getVersion(),
                instant(r.getCreatedAt()));
    }
}

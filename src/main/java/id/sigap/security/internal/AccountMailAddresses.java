package id.sigap.security.internal;

import static id.sigap.security.internal.db.Tables.ROLE_GRANT;
import static id.sigap.security.internal.db.Tables.USER_ACCOUNT;

import id.sigap.security.MailAddresses;
import id.sigap.security.Role;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Addresses of enabled accounts by agency or by the region their grants cover. */
@Component
class AccountMailAddresses implements MailAddresses {

    private final DSLContext db;

    AccountMailAddresses(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<String> ofAgency(long agencyId, Role... roles) {
        return addresses(USER_ACCOUNT.AGENCY_ID.eq(agencyId), roles);
    }

    @Override
    public List<String> covering(String regionCode, Role... roles) {
        Condition covers = ROLE_GRANT.REGION_CODE.isNull();
        if (regionCode != null) {
            covers = covers.or(ROLE_GRANT.REGION_CODE.eq(regionCode))
                    .or(DSL.val(regionCode).like(ROLE_GRANT.REGION_CODE.concat(".%")));
        }
        return addresses(covers, roles);
    }

    private List<String> addresses(Condition where, Role... roles) {
        return db.selectDistinct(USER_ACCOUNT.EMAIL)
                .from(USER_ACCOUNT)
                .join(ROLE_GRANT)
                .on(ROLE_GRANT.USER_ID.eq(USER_ACCOUNT.ID))
                .where(where)
                .and(USER_ACCOUNT.ENABLED.isTrue())
                .and(USER_ACCOUNT.EMAIL.isNotNull())
                .and(ROLE_GRANT.ROLE.in(Arrays.stream(roles).map(Role::name).toList()))
                .orderBy(USER_ACCOUNT.EMAIL)
                .fetch(USER_ACCOUNT.EMAIL);
    }
}

package id.sigap.intake.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import id.sigap.cases.SensitiveValues;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 52: encrypts the reporter phones stored in plain text before V51 (same transaction as the other
 * statements of this migration; on failure nothing changes and the start stops). Runs between V51, which adds the
 * sealed columns, and V53, which drops the plain-text column. Registered as a bean so that it gets the keys; the
 * table is addressed by name because the generated jOOQ classes describe the schema after V53.
 */
@Component
class ReporterPhoneSealing implements JavaMigration {

    private static final int BATCH = 500;
    private static final Table<?> REPORT = table(name("intake", "report"));
    private static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT);
    private static final Field<String> PLAIN = field(name("reporter_phone"), SQLDataType.VARCHAR);
    private static final Field<byte[]> SEALED = field(name("reporter_phone_sealed"), SQLDataType.BLOB);
    private static final Field<byte[]> INDEX = field(name("reporter_phone_index"), SQLDataType.BLOB);

    private final SensitiveValues sensitive;

    ReporterPhoneSealing(SensitiveValues sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("52");
    }

    @Override
    public String getDescription() {
        return "intake reporter phone sealed";
    }

    @Override
    public Integer getChecksum() {
        return 52;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        DSLContext db = DSL.using(context.getConnection(), SQLDialect.POSTGRES);
        long after = 0;
        while (true) {
            List<Record2<Long, String>> rows = db.select(ID, PLAIN)
                    .from(REPORT)
                    .where(ID.gt(after).and(PLAIN.isNotNull()))
                    .orderBy(ID)
                    .limit(BATCH)
                    .fetch();
            if (rows.isEmpty()) {
                return;
            }
            for (Record2<Long, String> row : rows) {
                seal(db, row.value1(), row.value2());
                after = row.value1();
            }
        }
    }

    private void seal(DSLContext db, long id, String phone) {
        String value = phone.strip();
        var update = db.update(REPORT).set(PLAIN, (String) null);
        if (value.isEmpty()) {
            update.set(SEALED, (byte[]) null)
                    .set(INDEX, (byte[]) null)
                    .where(ID.eq(id))
                    .execute();
            return;
        }
        update.set(SEALED, sensitive.seal(value, ReporterPhones.context(id)))
                .set(INDEX, sensitive.blindIndex(SensitiveValues.Kind.PHONE, value))
                .where(ID.eq(id))
                .execute();
    }
}

package id.sigap.organization.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/** A table of dated rows of a task force (members, sub-task forces) and the columns every such table has. */
record DatedTable<R extends Record>(
        String auditType,
        Table<R> table,
        TableField<R, Long> id,
        TableField<R, LocalDate> validFrom,
        TableField<R, LocalDate> validTo,
        TableField<R, Integer> version,
        TableField<R, OffsetDateTime> updatedAt) {}

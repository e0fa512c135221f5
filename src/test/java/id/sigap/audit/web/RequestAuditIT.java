package id.sigap.audit.web;

import static id.sigap.audit.internal.db.Tables.ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.audit.internal.db.tables.records.EntryRecord;
import id.sigap.security.AuditTrail;
import id.sigap.support.IntegrationTest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The reads of one HTTP request are held and inserted together (one statement, one commit) when the request ends,
 * also when it fails; writes and events outside a request are not held.
 */
@IntegrationTest
class RequestAuditIT {

    @Autowired
    DSLContext db;

    @Autowired
    AuditTrail audit;

    @Autowired
    FilterRegistrationBean<RequestAuditFilter> requestAuditFilter;

    @Test
    void the_reads_of_a_request_are_inserted_together_when_it_ends() throws Exception {
        String type = "it-" + UUID.randomUUID();
        AtomicInteger seenDuring = new AtomicInteger(-1);
        run((request, response) -> {
            for (int i = 1; i <= 5; i++) {
                audit.read(type, i, "53.71");
            }
            seenDuring.set(entries(type).size());
        });

        List<EntryRecord> entries = entries(type);
        assertThat(seenDuring.get()).as("held while the request runs").isZero();
        assertThat(entries).extracting(EntryRecord::getObjectId).containsExactly("1", "2", "3", "4", "5");
        assertThat(entries).extracting(EntryRecord::getAction).containsOnly("READ");
        assertThat(entries)
                .as("one statement: one time, consecutive ids")
                .extracting(EntryRecord::getOccurredAt)
                .containsOnly(entries.getFirst().getOccurredAt());
        assertThat(entries.getLast().getId() - entries.getFirst().getId()).isEqualTo(4);
    }

    @Test
    void a_failed_request_still_records_what_it_read() {
        String type = "it-" + UUID.randomUUID();
        assertThatThrownBy(() -> run((request, response) -> {
                    audit.read(type, "shown-1", "53.71");
                    audit.read(type, "shown-2", "53.71");
                    throw new IllegalStateException("the page failed after reading");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(entries(type)).extracting(EntryRecord::getObjectId).containsExactly("shown-1", "shown-2");
    }

    @Test
    void writes_are_not_held_and_reads_outside_a_request_are_inserted_at_once() throws Exception {
        String type = "it-" + UUID.randomUUID();
        AtomicInteger seenDuring = new AtomicInteger(-1);
        run((request, response) -> {
            audit.deleted(type, "w", "53.71");
            seenDuring.set(entries(type).size());
        });
        assertThat(seenDuring.get())
                .as("a write outside a transaction is inserted at once")
                .isEqualTo(1);

        audit.read(type, "alone", "53.71");
        assertThat(entries(type)).extracting(EntryRecord::getObjectId).containsExactly("w", "alone");
    }

    @Test
    void many_reads_in_one_request_are_inserted_in_bounded_batches() throws Exception {
        String type = "it-" + UUID.randomUUID();
        AtomicInteger seenDuring = new AtomicInteger(-1);
        run((request, response) -> {
            for (int i = 0; i < 1001; i++) {
                audit.read(type, i, "53.71");
            }
            seenDuring.set(entries(type).size());
        });
        assertThat(seenDuring.get())
                .as("a full batch is inserted before the request ends")
                .isEqualTo(1000);
        assertThat(entries(type)).hasSize(1001);
    }

    private void run(FilterChain chain) throws Exception {
        Filter filter = requestAuditFilter.getFilter();
        filter.doFilter(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(), chain);
    }

    private List<EntryRecord> entries(String type) {
        return db.selectFrom(ENTRY)
                .where(ENTRY.OBJECT_TYPE.eq(type))
                .orderBy(ENTRY.ID)
                .fetch();
    }
}

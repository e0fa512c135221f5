package id.sigap.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sigap.audit.AuditEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntryHashTest {

    static AuditEntry entry(String objectType, String objectId, String detail) {
        return new AuditEntry(
                7L,
                Instant.parse("2026-03-01T02:03:04.123456Z"),
                11L,
                "siti",
                3L,
                "READ",
                objectType,
                objectId,
                "53.71",
                "10.0.0.1",
                detail,
                EntryHash.GENESIS,
                null);
    }

    @Test
    void the_encoding_is_pinned_so_that_stored_chains_keep_verifying() {
        assertThat(EntryHash.of(entry("person", "123", null)))
                .isEqualTo("219db2db10b51f89bb22dace9af1b8e0808dbc088149fdaa4843e48129ce9db5");
    }

    @Test
    void a_hash_is_64_lower_case_hex_digits() {
        assertThat(EntryHash.of(entry("person", "123", null))).matches("[0-9a-f]{64}");
    }

    @Test
    void moving_characters_between_fields_changes_the_hash() {
        assertThat(EntryHash.of(entry("person1", "23", null))).isNotEqualTo(EntryHash.of(entry("person", "123", null)));
    }

    @Test
    void a_missing_value_is_not_an_empty_one() {
        assertThat(EntryHash.of(entry("person", "123", ""))).isNotEqualTo(EntryHash.of(entry("person", "123", null)));
    }

    @Test
    void every_field_is_covered() {
        AuditEntry base = entry("person", "123", "x");
        String h = EntryHash.of(base);
        assertThat(EntryHash.of(new AuditEntry(
                        8,
                        base.occurredAt(),
                        11L,
                        "siti",
                        3L,
                        "READ",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.1",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt().plusNanos(1000),
                        11L,
                        "siti",
                        3L,
                        "READ",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.1",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt(),
                        12L,
                        "siti",
                        3L,
                        "READ",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.1",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt(),
                        11L,
                        "sita",
                        3L,
                        "READ",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.1",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt(),
                        11L,
                        "siti",
                        4L,
                        "READ",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.1",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt(),
                        11L,
                        "siti",
                        3L,
                        "UPDATE",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.1",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt(),
                        11L,
                        "siti",
                        3L,
                        "READ",
                        "person",
                        "123",
                        "53.72",
                        "10.0.0.1",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt(),
                        11L,
                        "siti",
                        3L,
                        "READ",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.2",
                        "x",
                        EntryHash.GENESIS,
                        null)))
                .isNotEqualTo(h);
        assertThat(EntryHash.of(new AuditEntry(
                        7,
                        base.occurredAt(),
                        11L,
                        "siti",
                        3L,
                        "READ",
                        "person",
                        "123",
                        "53.71",
                        "10.0.0.1",
                        "x",
                        "1".repeat(64),
                        null)))
                .isNotEqualTo(h);
    }

    @Test
    void time_is_hashed_at_microsecond_precision_as_postgresql_stores_it() {
        Instant t = Instant.parse("2026-03-01T02:03:04.123456789Z");
        assertThat(EntryHash.time(t)).isEqualTo("2026-03-01T02:03:04.123456Z");
        assertThat(EntryHash.time(Instant.parse("2026-03-01T02:03:04Z"))).isEqualTo("2026-03-01T02:03:04.000000Z");
    }

    @Test
    void values_are_cleaned_to_what_postgresql_keeps() {
        assertThat(AuditAppender.clean("a\u0000b", 10)).isEqualTo("ab");
        assertThat(AuditAppender.clean("abcdef", 3)).isEqualTo("abc");
        assertThat(AuditAppender.clean("ab\uD83D", 10)).isEqualTo("ab?");
        assertThat(AuditAppender.clean(null, 3)).isNull();
    }
}

package id.sigap.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.sigap.audit.AuditEntry;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntryHashTest {

    static AuditEntry entry(String objectType, String objectId, String detail) {
        return new AuditEntry(
                99L,
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
    void the_id_is_not_hashed_the_chain_position_is() {
        AuditEntry e = entry("person", "123", "x");
        AuditEntry otherId = new AuditEntry(
                5L,
                e.seq(),
                e.occurredAt(),
                e.actorUserId(),
                e.actorUsername(),
                e.actorAgencyId(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.regionCode(),
                e.sourceAddress(),
                e.detail(),
                e.prevHash(),
                null);
        assertThat(EntryHash.of(otherId)).isEqualTo(EntryHash.of(e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entriesWithOneFieldChanged")
    void every_field_is_covered(String field, AuditEntry changed) {
        assertThat(EntryHash.of(changed)).isNotEqualTo(EntryHash.of(entry("person", "123", "x")));
    }

    static Stream<Arguments> entriesWithOneFieldChanged() {
        return Stream.of(
                changed("seq", 8L),
                changed("occurredAt", Instant.parse("2026-03-01T02:03:04.123457Z")),
                changed("actorUserId", 12L),
                changed("actorUsername", "sita"),
                changed("actorAgencyId", 4L),
                changed("action", "UPDATE"),
                changed("regionCode", "53.72"),
                changed("sourceAddress", "10.0.0.2"),
                changed("prevHash", "1".repeat(64)));
    }

    /** The entry of {@link #every_field_is_covered} with the record component {@code field} set to {@code value}. */
    static Arguments changed(String field, Object value) {
        AuditEntry base = entry("person", "123", "x");
        RecordComponent[] components = AuditEntry.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(field)
                        ? value
                        : components[i].getAccessor().invoke(base);
            }
            AuditEntry copy = AuditEntry.class.getDeclaredConstructor(types).newInstance(values);
            assertThat(copy).as("a field named %s", field).isNotEqualTo(base);
            return arguments(field, copy);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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

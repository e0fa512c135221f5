package id.sigap.audit.internal;

import id.sigap.audit.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over an unambiguous encoding of every field but the hash itself, the previous
 * entry's hash included. Each field is written as a tag byte (0 = null, 1 = value) followed, for a value, by its
 * UTF-8 length (4 bytes, big-endian) and bytes; numbers in decimal, the time in UTC with exactly six fraction
 * digits (PostgreSQL keeps microseconds, so a stored entry hashes to the same value when read back).
 */
public final class EntryHash {

    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "sigap-audit-v1";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {}

    public static String of(AuditEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, VERSION);
        field(out, Long.toString(e.seq()));
        field(out, time(e.occurredAt()));
        field(out, e.actorUserId() == null ? null : e.actorUserId().toString());
        field(out, e.actorUsername());
        field(out, e.actorAgencyId() == null ? null : e.actorAgencyId().toString());
        field(out, e.action());
        field(out, e.objectType());
        field(out, e.objectId());
        field(out, e.regionCode());
        field(out, e.sourceAddress());
        field(out, e.detail());
        field(out, e.prevHash());
        return HexFormat.of().formatHex(sha256(out.toByteArray()));
    }

    /** The instant as hashed: UTC, microsecond precision. */
    static String time(Instant t) {
        return TIME.format(t.truncatedTo(ChronoUnit.MICROS));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write(0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

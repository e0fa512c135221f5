package id.sigap.linkage.engine;

import java.util.Map;
import java.util.Objects;

/**
 * One person record as an agency registered it, the input of linkage. Any field but {@code id} may be null. Inside
 * Sigap {@code nik}, {@code phone} and {@code passport} hold blind indexes (keyed hashes), never the identifiers
 * themselves: the engine only needs equality for them, and gets a little more (near-equality) from plain values in
 * the command-line tool. {@code fullName} is used when given and surname are both missing. {@code extras} are other
 * text fields compared as they are (e.g. a postcode or a street).
 *
 * @param source the file or agency the record comes from; linking two sources only links across them
 */
public record PersonRecord(
        String id,
        int source,
        String givenName,
        String surname,
        String fullName,
        String sex,
        String birthDate,
        String nik,
        String phone,
        String passport,
        String address,
        String regionCode,
        Map<String, String> extras) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    /** A record with names and a birth date only, for tests and examples. */
    public static PersonRecord named(String id, String givenName, String surname, String birthDate) {
        return new PersonRecord(id, 0, givenName, surname, null, null, birthDate, null, null, null, null, null, null);
    }
}

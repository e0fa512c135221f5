package id.sigap.cases;

/**
 * Field protection for personal identifiers kept by other modules (e.g. the reporter's phone in intake), with the
 * same keys and scheme as the identifiers of persons in case files: Tink AEAD (AES-256-GCM) for the value, bound to a
 * context, and a keyed blind index (HMAC-SHA256) for finding a value by exact match without decrypting.
 *
 * <p>The context names the owner of the value, e.g. {@code "intake.report:42:reporter-phone"}: a ciphertext opens
 * only with the context it was sealed with, so it cannot be copied to another row or field unnoticed. Contexts of
 * callers are kept apart from the contexts cases uses for its own persons.
 */
public interface SensitiveValues {

    /** The value encrypted for {@code context}; never null for a non-null value. */
    byte[] seal(String value, String context);

    /** The value sealed for {@code context}; fails (IllegalStateException) if the ciphertext or context differ. */
    String open(byte[] sealed, String context);

    /**
     * Bytes (e.g. an uploaded file of up to some tens of megabytes, held in memory) encrypted for {@code context}, with
     * the same AEAD and context separation as {@link #seal}.
     */
    byte[] sealBytes(byte[] value, String context);

    /** The bytes sealed with {@link #sealBytes} for {@code context}; fails (IllegalStateException) on any mismatch. */
    byte[] openBytes(byte[] sealed, String context);

    /**
     * The keyed blind index of {@code value} after normalisation for its kind (a phone typed as 0812…, +62 812-… or
     * 62812… gives the same index); equal to the index cases keeps for persons' identifiers of that kind.
     */
    byte[] blindIndex(Kind kind, String value);

    /**
     * The keyed blind index of a value the caller has already normalised, for a kind of its own ({@code domain}, e.g.
     * {@code "networks:BANK_ACCOUNT"}); kept apart from the indexes of persons' identifiers.
     */
    byte[] blindIndex(String domain, String normalisedValue);

    /** The normalised form the blind index is computed from (e.g. +62812… for a phone). */
    String normalise(Kind kind, String value);

    /** Kinds of identifiers with a blind index. */
    enum Kind {
        NIK,
        PASSPORT,
        PHONE
    }
}

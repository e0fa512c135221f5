package id.sigap.cases.internal;

import id.sigap.cases.SensitiveValues;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * {@link SensitiveValues} for other modules: the identifier keysets of cases, with caller contexts prefixed so that
 * they never equal the contexts of persons' identifiers ({@code person:…}).
 */
@Component
class IdentifierProtection implements SensitiveValues {

    private static final String PREFIX = "module:";

    private final IdentifierCrypto crypto;

    IdentifierProtection(IdentifierCrypto crypto) {
        this.crypto = crypto;
    }

    @Override
    public byte[] seal(String value, String context) {
        if (value == null) {
            throw new IllegalArgumentException("no value to seal");
        }
        return crypto.encrypt(value, scoped(context));
    }

    @Override
    public String open(byte[] sealed, String context) {
        return crypto.decrypt(sealed, scoped(context));
    }

    @Override
    public byte[] sealBytes(byte[] value, String context) {
        if (value == null) {
            throw new IllegalArgumentException("no value to seal");
        }
        return crypto.encrypt(value, scoped(context));
    }

    @Override
    public byte[] openBytes(byte[] sealed, String context) {
        return crypto.decrypt(sealed, scoped(context).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] blindIndex(Kind kind, String value) {
        Identifiers.Kind k = Identifiers.Kind.valueOf(kind.name());
        return crypto.blindIndex(k.name(), Identifiers.normalise(k, value));
    }

    @Override
    public byte[] blindIndex(String domain, String normalisedValue) {
        if (normalisedValue == null) {
            throw new IllegalArgumentException("no value to index");
        }
        return crypto.blindIndex(scoped(domain), normalisedValue);
    }

    @Override
    public String normalise(Kind kind, String value) {
        return Identifiers.normalise(Identifiers.Kind.valueOf(kind.name()), value);
    }

    private static String scoped(String context) {
        if (context == null || context.isBlank()) {
            throw new IllegalArgumentException("a context is required");
        }
        return PREFIX + context;
    }
}

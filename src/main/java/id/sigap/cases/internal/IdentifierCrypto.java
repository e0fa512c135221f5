package id.sigap.cases.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encryption of identifiers at rest (Tink AEAD AES-256-GCM, the person and kind as associated data) and their blind
 * index (Tink PRF HMAC-SHA256 over the normalised value). Keysets are read from {@code SIGAP_KEYSET} (a folder with
 * {@code identifiers-aead.json} and {@code identifiers-prf.json}, e.g. a mounted secret) or else from
 * {@code <data-dir>/keys/}, where they are created on first start.
 */
@Component
public class IdentifierCrypto {

    private final Aead aead;
    private final PrfSet prf;

    IdentifierCrypto(@Value("${SIGAP_KEYSET:}") String keysetDir, @Value("${sigap.data-dir}") String dataDir) {
        try {
            AeadConfig.register();
            PrfConfig.register();
            Path dir = keysetDir.isBlank() ? Path.of(dataDir, "keys") : Path.of(keysetDir);
            this.aead = Keysets.loadOrCreate(dir.resolve("identifiers-aead.json"), PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.prf = Keysets.loadOrCreate(
                            dir.resolve("identifiers-prf.json"), PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("identifier keysets unusable", e);
        }
    }

    public byte[] encrypt(String value, String context) {
        try {
            return aead.encrypt(value.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] ciphertext, String context) {
        try {
            return new String(
                    aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** Bytes encrypted with the context as associated data. */
    public byte[] encrypt(byte[] value, String context) {
        try {
            return aead.encrypt(value, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Bytes encrypted with {@link #encrypt(byte[], String)}. */
    public byte[] decrypt(byte[] ciphertext, byte[] context) {
        try {
            return aead.decrypt(ciphertext, context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** The keyed blind index of an already normalised value, with the kind mixed in. */
    public byte[] blindIndex(String kind, String normalised) {
        try {
            return prf.computePrimary((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed", e);
        }
    }
}

package id.sigap.cases.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes on disk, outside the web root: {@code <data-dir>/attachments/<case id>/<random key>}, encrypted
 * with Tink AEAD (AES-256-GCM, case id and key as associated data, so a file moved to another case will not open).
 * The keyset is {@code attachments-aead.json}: from {@code SIGAP_KEYSET} when present there, else created on first
 * start in {@code <data-dir>/keys/}.
 */
@Component
class AttachmentStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path root;
    private final Aead aead;

    AttachmentStore(@Value("${SIGAP_KEYSET:}") String keysetDir, @Value("${sigap.data-dir}") String dataDir) {
        this.root = Path.of(dataDir, "attachments");
        // a mounted (read-only) SIGAP_KEYSET folder is used when it holds the attachment keyset; else <data-dir>/keys
        Path keys = !keysetDir.isBlank() && Files.exists(Path.of(keysetDir, "attachments-aead.json"))
                ? Path.of(keysetDir)
                : Path.of(dataDir, "keys");
        try {
            AeadConfig.register();
            this.aead = Keysets.loadOrCreate(keys.resolve("attachments-aead.json"), PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("attachment keyset unusable", e);
        }
    }

    /** Writes the bytes encrypted and returns the new storage key. */
    String write(long caseId, byte[] bytes) {
        String key = HexFormat.of().formatHex(randomBytes());
        try {
            Path dir = root.resolve(Long.toString(caseId));
            Files.createDirectories(dir);
            Path tmp = dir.resolve(key + ".tmp");
            Files.write(tmp, aead.encrypt(bytes, context(caseId, key)));
            Files.move(tmp, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("attachment not stored", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("attachment encryption failed", e);
        }
    }

    byte[] read(long caseId, String key) {
        try {
            return aead.decrypt(Files.readAllBytes(file(caseId, key)), context(caseId, key));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment not readable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("attachment decryption failed", e);
        }
    }

    boolean exists(long caseId, String key) {
        return Files.exists(file(caseId, key));
    }

    void delete(long caseId, String key) {
        try {
            Files.deleteIfExists(file(caseId, key));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment not deleted", e);
        }
    }

    /** The files of a case (for tests and housekeeping). */
    long count(long caseId) {
        Path dir = root.resolve(Long.toString(caseId));
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(long caseId, String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(Long.toString(caseId)).resolve(key);
    }

    private static byte[] context(long caseId, String key) {
        return ("attachment:" + caseId + ":" + key).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }
}

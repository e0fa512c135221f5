package id.sigap.cases.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * Tink keysets kept as JSON files: read when present, otherwise generated once and written readable by the owner
 * only. Two starts racing to create the same file end with one keyset, the one that was written first.
 */
final class Keysets {

    private Keysets() {}

    static synchronized KeysetHandle loadOrCreate(Path file, Parameters parameters) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.getParent());
            KeysetHandle handle = KeysetHandle.generateNew(parameters);
            Path tmp = file.resolveSibling(file.getFileName() + "." + System.nanoTime() + ".tmp");
            Files.writeString(tmp, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
            ownerOnly(tmp);
            try {
                Files.move(tmp, file);
                return handle;
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
                return read(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("keyset " + file.getFileName(), e);
        }
    }

    private static KeysetHandle read(Path file) throws IOException, GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(
                    file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: rely on the folder's permissions
        }
    }
}

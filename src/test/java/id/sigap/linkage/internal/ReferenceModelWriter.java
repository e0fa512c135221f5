package id.sigap.linkage.internal;

import id.sigap.linkage.engine.Fields;
import id.sigap.linkage.engine.Linker;
import id.sigap.linkage.engine.PersonRecord;
import id.sigap.linkage.engine.SyntheticIndonesians;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Writes {@code src/main/resources/linkage/reference-model.json}: m, u and lambda estimated by EM (no labels) on
 * 50,000 synthetic Indonesian persons shaped as Sigap stores them (one full name, NIK and phone as opaque blind
 * indexes). Incremental linking scores with it until a relink has estimated a model on the installation's own data.
 * Run: {@code java -cp <test classpath> id.sigap.linkage.internal.ReferenceModelWriter}.
 */
public final class ReferenceModelWriter {

    private ReferenceModelWriter() {}

    public static void main(String[] args) throws Exception {
        List<PersonRecord> population = new SyntheticIndonesians(20261124L).population(50_000);
        List<PersonRecord> stored =
                population.stream().map(ReferenceModelWriter::asStored).toList();
        Linker.Result result = new Linker(LinkModels.SETTINGS).link(stored, Fields.core());
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/linkage/reference-model.json");
        Files.writeString(out, ModelCodec.write(result.model()) + "\n");
        System.out.println("wrote " + out + " from " + stored.size() + " records, " + result.comparisons()
                + " comparisons, " + result.clusterCount() + " clusters");
    }

    static PersonRecord asStored(PersonRecord r) {
        String full = r.fullName() != null
                ? r.fullName()
                : ((r.givenName() == null ? "" : r.givenName()) + " " + (r.surname() == null ? "" : r.surname()))
                        .strip();
        return new PersonRecord(
                r.id(),
                r.source(),
                null,
                null,
                full,
                r.sex(),
                r.birthDate(),
                opaque(r.nik()),
                opaque(r.phone()),
                opaque(r.passport()),
                null,
                r.regionCode(),
                null);
    }

    private static String opaque(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(value.replaceAll("\\D", "").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.sigap.linkage.internal;

import static id.sigap.linkage.internal.db.Tables.RELINK_RUN;

import id.sigap.linkage.engine.FellegiSunter;
import id.sigap.linkage.engine.Linker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The model incremental linking scores with: the m, u and lambda the latest full relink estimated by EM on this
 * installation's data, when that run compared enough pairs to estimate them; until then the reference model, estimated
 * by EM (without labels) on the project's synthetic Indonesian persons (resource {@code linkage/reference-model.json},
 * written by {@code ReferenceModelWriter} in the tests).
 */
@Component
class LinkModels {

    static final Linker.Settings SETTINGS = Linker.Settings.DEFAULT;
    /** Fewer compared pairs than this and EM has too little to go on: the reference model is used instead. */
    static final long MIN_COMPARISONS = 10_000;

    private final DSLContext db;
    private final AtomicReference<FellegiSunter> current = new AtomicReference<>();

    LinkModels(DSLContext db) {
        this.db = db;
    }

    FellegiSunter current() {
        FellegiSunter model = current.get();
        if (model == null) {
            model = load();
            current.set(model);
        }
        return model;
    }

    /** Forgets the cached model (after a relink stored a new one). */
    void refresh() {
        current.set(null);
    }

    private FellegiSunter load() {
        return db.select(RELINK_RUN.MODEL)
                .from(RELINK_RUN)
                .where(RELINK_RUN.STATUS.eq(RelinkRuns.DONE))
                .and(RELINK_RUN.MODEL.isNotNull())
                .and(RELINK_RUN.COMPARISONS.ge(MIN_COMPARISONS))
                .orderBy(RELINK_RUN.ID.desc())
                .limit(1)
                .fetchOptional(RELINK_RUN.MODEL)
                .map(ModelCodec::read)
                .orElseGet(LinkModels::reference);
    }

    static FellegiSunter reference() {
        try (InputStream in = LinkModels.class.getResourceAsStream("/linkage/reference-model.json")) {
            if (in == null) {
                throw new IllegalStateException("linkage/reference-model.json missing");
            }
            return ModelCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

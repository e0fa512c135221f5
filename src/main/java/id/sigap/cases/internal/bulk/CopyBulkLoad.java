package id.sigap.cases.internal.bulk;

import id.sigap.cases.BulkLoad;
import id.sigap.cases.BulkLoadCase;
import id.sigap.cases.BulkLoadResult;
import id.sigap.cases.internal.IdentifierCrypto;
import id.sigap.security.AuditTrail;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.database.CopyLoad;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BulkLoad} with PostgreSQL COPY on the caller's transaction connection: ids and case numbers are reserved
 * first, then each table is sent in one COPY. One audit entry per call.
 */
@Service
class CopyBulkLoad implements BulkLoad {

    private final DataSource dataSource;
    private final DSLContext db;
    private final IdentifierCrypto crypto;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    CopyBulkLoad(
            DataSource dataSource,
            DSLContext db,
            IdentifierCrypto crypto,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.db = db;
        this.crypto = crypto;
        this.audit = audit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public BulkLoadResult load(String source, List<BulkLoadCase> cases) {
        return write(source, cases, false);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public BulkLoadResult loadAlongside(String source, List<BulkLoadCase> cases) {
        return write(source, cases, true);
    }

    private BulkLoadResult write(String source, List<BulkLoadCase> cases, boolean numbersApart) {
        if (cases.isEmpty()) {
            return new BulkLoadResult(List.of(), List.of(), List.of(), 0);
        }
        Reservations reserve = new Reservations(db);
        long[] caseIds = reserve.ids("cases.case_file", cases.size());
        int personCount = cases.stream().mapToInt(c -> c.persons().size()).sum();
        int trackCount = cases.stream().mapToInt(c -> c.justice().size()).sum();
        long[] personIds = reserve.ids("cases.person", personCount);
        long[] trackIds = reserve.ids("cases.justice_track", trackCount);
        // counters are always taken in key order, so concurrent loads cannot deadlock on them
        String[] numbers = numbersApart
                ? ownTransaction.execute(status -> caseNumbers(reserve, cases))
                : caseNumbers(reserve, cases);

        BulkRows rows = new BulkRows(crypto, OffsetDateTime.now(clock));
        List<List<Long>> personIdsByCase = new ArrayList<>(cases.size());
        int p = 0;
        int t = 0;
        for (int i = 0; i < cases.size(); i++) {
            BulkLoadCase c = cases.get(i);
            long[] ids = new long[c.persons().size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = personIds[p++];
            }
            long[] tracks = new long[c.justice().size()];
            for (int k = 0; k < tracks.length; k++) {
                tracks[k] = trackIds[t++];
            }
            rows.add(caseIds[i], numbers[i], c, ids, tracks);
            personIdsByCase.add(Arrays.stream(ids).boxed().toList());
        }
        long written = CopyLoad.send(dataSource, rows.inOrder(), "bulk load failed");
        audit.record(
                AuditEvent.Action.CREATE,
                AUDIT_OBJECT,
                source,
                null,
                "cases=" + cases.size() + " persons=" + personCount + " rows=" + written);
        return new BulkLoadResult(
                Arrays.stream(caseIds).boxed().toList(), Arrays.asList(numbers), personIdsByCase, written);
    }

    private static String[] caseNumbers(Reservations reserve, List<BulkLoadCase> cases) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            BulkLoadCase c = cases.get(i);
            String key =
                    Reservations.prefix(c.regionCode()) + "|" + c.openedAt().getYear();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        String[] out = new String[cases.size()];
        groups.forEach((key, members) -> {
            String prefix = key.substring(0, key.indexOf('|'));
            int year = Integer.parseInt(key.substring(key.indexOf('|') + 1));
            int first = reserve.caseNumbers(prefix, year, members.size());
            for (int k = 0; k < members.size(); k++) {
                out[members.get(k)] = "TPPO-%s-%d-%06d".formatted(prefix, year, first + k);
            }
        });
        return out;
    }
}

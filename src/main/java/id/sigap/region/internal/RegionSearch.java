package id.sigap.region.internal;

import static id.sigap.region.internal.db.Tables.ADMIN_REGION;
import static id.sigap.region.internal.db.Tables.ADMIN_REGION_WORD;

import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionQuery;
import id.sigap.region.internal.SearchTerms.Hint;
import id.sigap.region.internal.db.tables.AdminRegion;
import id.sigap.region.internal.db.tables.records.AdminRegionRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Ranked region lookup. The ranks are tiers, searched one after another until the limit is filled: exact name, name
 * prefix, word prefix, then - only when nothing matched as typed - similar spelling (pg_trgm, for typos). Every tier is an index lookup
 * (btree on the normalized name, the word table, the trigram index), so no query scans the 91,599 regions. Within
 * a tier, regions of the kind the text names ("kota kupang") come first, then the whole text before its core
 * words, then higher levels, larger population, and code.
 */
@Component
class RegionSearch {

    private static final AdminRegion R = ADMIN_REGION;
    private static final Field<Short> LEVEL_2 = DSL.inline((short) 2);
    /** Below three letters a trigram index cannot narrow anything down. */
    private static final int MIN_SIMILAR_LENGTH = 3;

    /** pg_trgm's default (0.6) misses one-letter typos in short names: word_similarity('kupng', 'kupang') = 0.5. */
    private static final String SIMILARITY_THRESHOLD = "0.4";

    private final DSLContext db;
    private final AncestorNames ancestors;
    private final WordCounts words;

    RegionSearch(DSLContext db, AncestorNames ancestors, WordCounts words) {
        this.db = db;
        this.ancestors = ancestors;
        this.words = words;
    }

    List<LocatedRegion> lookup(RegionQuery query) {
        SearchTerms terms = SearchTerms.parse(query.text());
        if (terms.isEmpty()) {
            return List.of();
        }
        Condition scope = scope(query);
        List<AdminRegionRecord> rows =
                terms.isCode() ? byCode(terms.codePrefix(), scope, query.limit()) : byName(terms, scope, query.limit());
        return rows.stream().map(r -> ancestors.locate(JooqRegions.toRef(r))).toList();
    }

    private static Condition scope(RegionQuery q) {
        Condition c = DSL.noCondition();
        if (q.level() != null) {
            c = c.and(R.LEVEL.eq(DSL.inline((short) q.level().depth())));
        }
        if (q.maxLevel() != null) {
            c = c.and(R.LEVEL.le(DSL.inline((short) q.maxLevel().depth())));
        }
        if (q.within() != null) {
            c = c.and(R.CODE.eq(q.within()).or(R.CODE.like(q.within() + ".%")));
        }
        return c;
    }

    private List<AdminRegionRecord> byCode(String prefix, Condition scope, int limit) {
        return db.selectFrom(R)
                .where(R.CODE.like(prefix + "%"))
                .and(scope)
                .orderBy(R.LEVEL, R.CODE)
                .limit(limit)
                .fetch();
    }

    private List<AdminRegionRecord> byName(SearchTerms t, Condition scope, int limit) {
        Map<String, AdminRegionRecord> found = new LinkedHashMap<>();
        List<SortField<?>> order = order(t);
        collect(found, limit, exact(t).and(scope), order);
        collect(found, limit, prefix(t).and(scope), order);
        WordCounts.Selective selective = words.mostSelective(t.coreWords());
        if (selective.count() > 0) {
            collect(found, limit, wordPrefix(t, selective).and(scope), order);
        }
        if (found.isEmpty() && t.core().length() >= MIN_SIMILAR_LENGTH) {
            similar(t, scope, limit, order, found);
        }
        return List.copyOf(found.values());
    }

    /**
     * Similar spelling, when nothing matches as typed ("kupng", "bandng"). Found by word similarity (the index
     * operator {@code <%}, its threshold set for this transaction only), ranked by strict word similarity, which
     * compares whole words: "kupng" is nearer to "kupang" than to "kupok".
     */
    private void similar(
            SearchTerms t, Condition scope, int limit, List<SortField<?>> order, Map<String, AdminRegionRecord> found) {
        Field<Double> strict = DSL.function("strict_word_similarity", Double.class, DSL.val(t.core()), R.SEARCH_NAME);
        Field<Double> similarity = DSL.function("word_similarity", Double.class, DSL.val(t.core()), R.SEARCH_NAME);
        List<SortField<?>> bySimilarity = new ArrayList<>(order.subList(0, t.hint() == Hint.NONE ? 0 : 1));
        bySimilarity.add(strict.desc());
        bySimilarity.add(similarity.desc());
        bySimilarity.add(R.LEVEL.asc());
        bySimilarity.add(R.CODE.asc());
        Condition similar = DSL.condition("{0} <% {1}", DSL.val(t.core()), R.SEARCH_NAME);
        List<AdminRegionRecord> rows = db.transactionResult(trx -> {
            trx.dsl()
                    .setLocal(
                            DSL.unquotedName("pg_trgm", "word_similarity_threshold"), DSL.inline(SIMILARITY_THRESHOLD))
                    .execute();
            return trx.dsl()
                    .selectFrom(R)
                    .where(similar.and(scope))
                    .orderBy(bySimilarity)
                    .limit(limit + found.size())
                    .fetch();
        });
        add(found, limit, rows);
    }

    /** Adds the best rows of one tier that are not yet found, until {@code limit} rows are found. */
    private void collect(Map<String, AdminRegionRecord> found, int limit, Condition where, List<SortField<?>> order) {
        if (found.size() >= limit) {
            return;
        }
        add(
                found,
                limit,
                db.selectFrom(R)
                        .where(where)
                        .orderBy(order)
                        .limit(limit + found.size())
                        .fetch());
    }

    private static void add(Map<String, AdminRegionRecord> found, int limit, List<AdminRegionRecord> rows) {
        for (AdminRegionRecord r : rows) {
            if (found.size() < limit) {
                found.putIfAbsent(r.getCode(), r);
            }
        }
    }

    private static Condition exact(SearchTerms t) {
        return R.SEARCH_NAME.in(t.full(), t.core()).or(R.LEVEL.le(LEVEL_2).and(R.BASE_NAME.eq(t.core())));
    }

    private static Condition prefix(SearchTerms t) {
        return R.SEARCH_NAME
                .like(t.full() + "%")
                .or(R.SEARCH_NAME.like(t.core() + "%"))
                .or(R.LEVEL.le(LEVEL_2).and(R.BASE_NAME.like(t.core() + "%")));
    }

    /**
     * A word of the name starts with the core: candidates from the word table by the core's most selective word,
     * then the whole core checked.
     */
    private static Condition wordPrefix(SearchTerms t, WordCounts.Selective by) {
        Condition word =
                by.prefix() ? ADMIN_REGION_WORD.WORD.like(by.word() + "%") : ADMIN_REGION_WORD.WORD.eq(by.word());
        return R.CODE.in(DSL.select(ADMIN_REGION_WORD.CODE)
                        .from(ADMIN_REGION_WORD)
                        .where(word))
                .and(DSL.inline(" ").concat(R.SEARCH_NAME).like("% " + t.core() + "%"));
    }

    private static List<SortField<?>> order(SearchTerms t) {
        List<SortField<?>> order = new ArrayList<>();
        Condition hinted = hinted(t.hint());
        if (hinted != null) {
            order.add(DSL.when(hinted, DSL.inline(0)).otherwise(DSL.inline(1)).asc());
        }
        if (!t.full().equals(t.core())) {
            order.add(DSL.when(R.SEARCH_NAME.eq(t.full()), DSL.inline(0))
                    .when(R.SEARCH_NAME.like(t.full() + "%"), DSL.inline(1))
                    .otherwise(DSL.inline(2))
                    .asc());
        }
        order.add(R.LEVEL.asc());
        order.add(R.POPULATION.desc().nullsLast());
        order.add(R.SEARCH_NAME.asc());
        order.add(R.CODE.asc());
        return order;
    }

    private static Condition hinted(Hint hint) {
        return switch (hint) {
            case NONE -> null;
            case PROVINCE -> R.LEVEL.eq(DSL.inline((short) 1));
            case KABUPATEN -> R.LEVEL.eq(LEVEL_2).and(R.SEARCH_NAME.like(DSL.inline("kabupaten%")));
            case KOTA -> R.LEVEL.eq(LEVEL_2).and(R.SEARCH_NAME.like(DSL.inline("kota%")));
            case DISTRICT -> R.LEVEL.eq(DSL.inline((short) 3));
            case VILLAGE -> R.LEVEL.eq(DSL.inline((short) 4));
        };
    }
}

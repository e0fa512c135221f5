package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.PERSON_NAME_TOKEN;

import id.sigap.security.RegionScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Row2;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Candidates of a name search from {@code cases.person_name_token} (filled by the triggers of migration V63): each
 * token of a name key stands for two keys, its first three and its last three letters, so that old spellings (folded by
 * {@link NameKey}) and a typo in one half of a word still meet. Candidates are the persons sharing a key with the most
 * query tokens, drawn through the B-tree on (province, key) for the provinces of the scope; the caller ranks them by
 * trigram similarity and checks visibility exactly.
 */
final class NameTokens {

    /** At most this many candidates (those matching the most query tokens) when the scope is whole provinces. */
    static final int CANDIDATES = 2000;

    private NameTokens() {}

    /** The token keys of a name key, as the migration computes them: 'p' + first three, 's' + last three letters. */
    static List<List<String>> keys(String nameKey) {
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String t : nameKey.split(" ")) {
            if (!t.isEmpty() && seen.add(t)) {
                out.add(List.of(
                        "p" + t.substring(0, Math.min(3, t.length())), "s" + t.substring(Math.max(0, t.length() - 3))));
            }
        }
        return out;
    }

    /** Ids of persons sharing token keys with {@code nameKey} and visible (or formerly visible) from the scope's provinces. */
    static Select<Record1<Long>> candidates(String nameKey, RegionScope scope) {
        List<Row2<String, Integer>> rows = new ArrayList<>();
        List<List<String>> keys = keys(nameKey);
        for (int i = 0; i < keys.size(); i++) {
            for (String k : keys.get(i)) {
                rows.add(DSL.row(k, i));
            }
        }
        var q = DSL.values(rows.toArray(Row2[]::new)).as("q", "token_key", "idx");
        Field<String> qKey = q.field("token_key", String.class);
        Field<Integer> qIdx = q.field("idx", Integer.class);
        var where = scope.national()
                ? DSL.trueCondition()
                : PERSON_NAME_TOKEN.PROVINCE_CODE.in(scope.roots().stream()
                        .map(r -> r.substring(0, Math.min(2, r.length())))
                        .distinct()
                        .toList());
        var grouped = DSL.select(PERSON_NAME_TOKEN.PERSON_ID)
                .from(PERSON_NAME_TOKEN)
                .join(q)
                .on(PERSON_NAME_TOKEN.TOKEN_KEY.eq(qKey))
                .where(where)
                .groupBy(PERSON_NAME_TOKEN.PERSON_ID);
        boolean wholeProvinces = scope.national() || scope.roots().stream().allMatch(r -> r.length() <= 2);
        if (!wholeProvinces) {
            // a regency scope: every candidate of the province, visibility narrows them down exactly afterwards
            return grouped;
        }
        return grouped.orderBy(DSL.countDistinct(qIdx).desc(), PERSON_NAME_TOKEN.PERSON_ID)
                .limit(CANDIDATES);
    }
}

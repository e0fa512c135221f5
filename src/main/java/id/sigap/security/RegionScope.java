package id.sigap.security;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The set of region subtrees a user may see for some purpose. Kemendagri codes are hierarchical by prefix
 * ({@code 53} ⊃ {@code 53.71} ⊃ {@code 53.71.01}), so "everything under 53" is {@code code = '53' OR code LIKE
 * '53.%'}, an indexed predicate (text_pattern_ops).
 */
public record RegionScope(boolean national, Set<String> roots) {

    public static final RegionScope NONE = new RegionScope(false, Set.of());
    public static final RegionScope NATIONAL = new RegionScope(true, Set.of());

    public RegionScope {
        roots = national ? Set.of() : minimal(roots);
    }

    public static RegionScope of(Collection<String> roots) {
        return new RegionScope(false, Set.copyOf(roots));
    }

    public boolean isEmpty() {
        return !national && roots.isEmpty();
    }

    public boolean covers(String code) {
        if (code == null) {
            return national;
        }
        return national || roots.stream().anyMatch(r -> isWithin(code, r));
    }

    public RegionScope union(RegionScope other) {
        if (national || other.national) {
            return NATIONAL;
        }
        Set<String> all = new TreeSet<>(roots);
        all.addAll(other.roots);
        return new RegionScope(false, all);
    }

    /** SQL predicate: the given region-code column lies inside this scope. */
    public Condition condition(Field<String> regionCode) {
        if (national) {
            return DSL.trueCondition();
        }
        if (roots.isEmpty()) {
            return DSL.falseCondition();
        }
        return DSL.or(roots.stream()
                .map(r -> regionCode.eq(r).or(regionCode.like(r + ".%")))
                .toList());
    }

    /** True when {@code code} equals {@code root} or lies under it; a null root is the whole country. */
    public static boolean isWithin(String code, String root) {
        if (root == null) {
            return true;
        }
        if (code == null) {
            return false;
        }
        return code.equals(root) || code.startsWith(root + ".");
    }

    private static Set<String> minimal(Set<String> codes) {
        Set<String> out = new TreeSet<>();
        for (String c : codes) {
            if (codes.stream().noneMatch(o -> !o.equals(c) && isWithin(c, o))) {
                out.add(c);
            }
        }
        return Set.copyOf(out);
    }
}

package id.sigap.cases.internal;

import static id.sigap.cases.internal.db.Tables.CASE_ELEMENT;
import static id.sigap.cases.internal.db.Tables.CODE_ITEM;

import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The elements of a case chosen from configurable code lists (acts, means, purposes of UU 21/2007, HTCDS methods of
 * control, modus): read with the case, replaced as a whole per list by case writers; unknown codes are refused.
 */
@Service
public class CaseElements {

    public static final List<String> LISTS = List.of("ACT", "MEANS", "PURPOSE", "CONTROL", "MODUS");

    private final DSLContext db;
    private final CaseRegister cases;
    private final CaseAccess access;
    private final AuditTrail audit;

    CaseElements(DSLContext db, CaseRegister cases, CaseAccess access, AuditTrail audit) {
        this.db = db;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    /** One selectable code with its label in the given language. */
    public record Item(String code, String label) {}

    /** The active codes of every list, in order, labelled in {@code locale}. */
    public Map<String, List<Item>> lists(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, List<Item>> out = new LinkedHashMap<>();
        LISTS.forEach(l -> out.put(l, new ArrayList<>()));
        db.selectFrom(CODE_ITEM)
                .where(CODE_ITEM.ACTIVE.isTrue().and(CODE_ITEM.LIST.in(LISTS)))
                .orderBy(CODE_ITEM.LIST, CODE_ITEM.SORT_ORDER, CODE_ITEM.CODE)
                .forEach(r ->
                        out.get(r.getList()).add(new Item(r.getCode(), english ? r.getLabelEn() : r.getLabelId())));
        return out;
    }

    /** The chosen codes of a case, per list (every list present, possibly empty). */
    public Map<String, Set<String>> of(long caseId) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        LISTS.forEach(l -> out.put(l, new LinkedHashSet<>()));
        db.selectFrom(CASE_ELEMENT)
                .where(CASE_ELEMENT.CASE_ID.eq(caseId))
                .orderBy(CASE_ELEMENT.LIST, CASE_ELEMENT.CODE)
                .forEach(r -> out.get(r.getList()).add(r.getCode()));
        return out;
    }

    /** Replaces the case's codes of each given list; lists not given stay as they are. */
    @Transactional
    public void replace(SigapUser user, long caseId, Map<String, ? extends Collection<String>> chosen) {
        CaseRow c = cases.find(caseId);
        access.requireWrite(user, c.regionCode(), CaseAccess.CASE, caseId);
        for (var e : chosen.entrySet()) {
            if (!LISTS.contains(e.getKey())) {
                throw new SigapException.Invalid("list", "case.element-list-unknown");
            }
            Set<String> codes = new LinkedHashSet<>(e.getValue() == null ? List.of() : e.getValue());
            int known = db.fetchCount(CODE_ITEM, CODE_ITEM.LIST.eq(e.getKey()).and(CODE_ITEM.CODE.in(codes)));
            if (known != codes.size()) {
                throw new SigapException.Invalid(e.getKey(), "case.element-unknown");
            }
        }
        for (var e : chosen.entrySet()) {
            db.deleteFrom(CASE_ELEMENT)
                    .where(CASE_ELEMENT.CASE_ID.eq(caseId).and(CASE_ELEMENT.LIST.eq(e.getKey())))
                    .execute();
            for (String code : new LinkedHashSet<>(e.getValue() == null ? List.<String>of() : e.getValue())) {
                db.insertInto(CASE_ELEMENT)
                        .set(CASE_ELEMENT.CASE_ID, caseId)
                        .set(CASE_ELEMENT.LIST, e.getKey())
                        .set(CASE_ELEMENT.CODE, code)
                        .execute();
            }
        }
        audit.updated(CaseAccess.CASE, caseId, c.regionCode(), "elements:" + String.join(",", chosen.keySet()));
    }
}

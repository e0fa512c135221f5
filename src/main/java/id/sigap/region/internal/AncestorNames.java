package id.sigap.region.internal;

import static id.sigap.region.internal.db.Tables.ADMIN_REGION;

import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionName;
import id.sigap.region.RegionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Component;

/**
 * Names of the 7,837 provinces, regencies and districts (every region that can be an ancestor), held in memory:
 * reference data changes only by migration, before the application serves, and a path then costs no query.
 */
@Component
class AncestorNames {

    private final DSLContext db;
    private volatile Map<String, String> names;

    AncestorNames(DSLContext db) {
        this.db = db;
    }

    LocatedRegion locate(RegionRef region) {
        return new LocatedRegion(region, path(region.code()));
    }

    /** The ancestors of {@code code}, province first. */
    List<RegionName> path(String code) {
        Map<String, String> all = names();
        List<RegionName> path = new ArrayList<>(3);
        int dot = code.indexOf('.');
        while (dot > 0) {
            String ancestor = code.substring(0, dot);
            String name = all.get(ancestor);
            if (name != null) {
                path.add(new RegionName(ancestor, name));
            }
            dot = code.indexOf('.', dot + 1);
        }
        return path;
    }

    private Map<String, String> names() {
        Map<String, String> loaded = names;
        if (loaded == null) {
            loaded = Map.copyOf(db.select(ADMIN_REGION.CODE, ADMIN_REGION.NAME)
                    .from(ADMIN_REGION)
                    .where(ADMIN_REGION.LEVEL.le((short) 3))
                    .fetchMap(Record2::value1, Record2::value2));
            names = loaded;
        }
        return loaded;
    }
}

package id.sigap.exchange.internal;

import id.sigap.region.RegionRef;
import id.sigap.region.Regions;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.RegionScope;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.shared.SigapException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The access rules of the HTCDS exchange, for the API and the page: export for analysts, secretaries, administrators,
 * case workers and investigators within their region scope; personal identifiers only for case workers and
 * investigators of that region, and only when asked for; every export audited (with the identifiers flag); import
 * for intake officers and case workers, into regions within their scope.
 */
@Service
public class HtcdsDesk {

    public static final Role[] EXPORT_ROLES = {
        Role.ANALYST, Role.TASKFORCE_SECRETARY, Role.SYSTEM_ADMIN, Role.CASE_WORKER, Role.INVESTIGATOR
    };
    public static final Role[] IDENTIFIER_ROLES = {Role.CASE_WORKER, Role.INVESTIGATOR};
    public static final Role[] IMPORT_ROLES = {Role.INTAKE_OFFICER, Role.CASE_WORKER};
    public static final String AUDIT_OBJECT = "htcds_export";

    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Regions regions;
    private final HtcdsExport export;
    private final HtcdsImport importer;

    HtcdsDesk(AccessPolicy access, AuditTrail audit, Regions regions, HtcdsExport export, HtcdsImport importer) {
        this.access = access;
        this.audit = audit;
        this.regions = regions;
        this.export = export;
        this.importer = importer;
    }

    /** An export file. */
    public record Download(String filename, String mediaType, String content, int records) {}

    public Download export(SigapUser user, String region, int year, String format, boolean identifiers) {
        if (!"csv".equals(format) && !"json".equals(format)) {
            throw new SigapException.Invalid("format", "exchange.format");
        }
        if (year < 1900 || year > 2999) {
            throw new SigapException.Invalid("year", "exchange.year");
        }
        String root = region == null || region.isBlank() ? defaultRegion(user) : region.strip();
        if (root != null) {
            regions.require(root, "region");
            access.require(user, root, AUDIT_OBJECT, Integer.toString(year), EXPORT_ROLES);
        } else if (!access.scope(user, EXPORT_ROLES).national()) {
            throw new SigapException.NotAllowed("exchange.not-allowed");
        }
        if (identifiers
                && (root == null
                        ? !access.scope(user, IDENTIFIER_ROLES).national()
                        : !access.allows(user, root, IDENTIFIER_ROLES))) {
            audit.record(AuditEvent.Action.ACCESS_DENIED, AUDIT_OBJECT, year, root, "identifiers");
            throw new SigapException.NotAllowed("exchange.identifiers-not-allowed");
        }
        List<Map<String, String>> records = new ArrayList<>();
        if (root != null) {
            records.addAll(export.records(root, year, identifiers));
        } else {
            for (RegionRef p : regions.provinces()) {
                records.addAll(export.records(p.code(), year, identifiers));
            }
        }
        audit.record(
                AuditEvent.Action.EXPORT,
                AUDIT_OBJECT,
                year,
                root,
                "format=" + format + ",identifiers=" + identifiers + ",records=" + records.size());
        List<String> columns = HtcdsFields.columns(identifiers);
        String name = "htcds-" + (root == null ? "ID" : root) + "-" + year + "." + format;
        return "csv".equals(format)
                ? new Download(name, "text/csv", HtcdsFiles.csv(columns, records), records.size())
                : new Download(name, "application/json", HtcdsFiles.json(columns, records), records.size());
    }

    /** The one region of the user's export scope, or null for a national user (every province). */
    String defaultRegion(SigapUser user) {
        RegionScope scope = access.scope(user, EXPORT_ROLES);
        if (scope.national()) {
            return null;
        }
        if (scope.roots().size() == 1) {
            return scope.roots().iterator().next();
        }
        throw new SigapException.Invalid("region", "exchange.region-required");
    }

    public boolean mayIncludeIdentifiers(SigapUser user) {
        return !access.scope(user, IDENTIFIER_ROLES).isEmpty();
    }

    /** Whether the user may import somewhere (the regions are checked per record). */
    public boolean mayImport(SigapUser user) {
        return !access.scope(user, IMPORT_ROLES).isEmpty();
    }

    /** Refuses (audited) a user who may import nowhere. */
    public void requireImporter(SigapUser user) {
        if (!mayImport(user)) {
            audit.record(AuditEvent.Action.ACCESS_DENIED, "htcds_import", null, null, null);
            throw new SigapException.NotAllowed("exchange.import-not-allowed");
        }
    }

    public HtcdsImport.Outcome importFile(SigapUser user, String content, boolean dryRun) {
        RegionScope scope = access.scope(user, IMPORT_ROLES);
        if (scope.isEmpty()) {
            audit.record(AuditEvent.Action.ACCESS_DENIED, "htcds_import", null, null, null);
            throw new SigapException.NotAllowed("exchange.import-not-allowed");
        }
        HtcdsImport.Outcome outcome = importer.run(HtcdsFiles.read(content), user, scope, dryRun);
        if (!dryRun && outcome.problems().isEmpty() && outcome.created() > 0) {
            audit.record(
                    AuditEvent.Action.CREATE,
                    "htcds_import",
                    null,
                    null,
                    "created=" + outcome.created() + ",skipped=" + outcome.skipped());
        }
        return outcome;
    }
}

package id.sigap.intake.internal;

import id.sigap.intake.Channel;
import id.sigap.intake.NewReport;
import id.sigap.intake.PublicStatus;
import id.sigap.intake.Receipt;
import id.sigap.intake.ReportInput;
import id.sigap.intake.ReportStatus;
import id.sigap.intake.Reports;
import id.sigap.security.AccessPolicy;
import id.sigap.security.AuditTrail;
import id.sigap.security.SigapUser;
import id.sigap.shared.SigapException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReportIntake implements Reports {

    static final String AUDIT_TYPE = "report";

    private final ReportStore store;
    private final ReportRules rules;
    private final TrackingCodes codes;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    ReportIntake(
            ReportStore store,
            ReportRules rules,
            TrackingCodes codes,
            AccessPolicy access,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.rules = rules;
        this.codes = codes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt receivePublic(ReportInput input) {
        NewReport report = rules.check(input.withChannel(Channel.PUBLIC_WEB.name()));
        return store(report, null, null);
    }

    @Override
    @Transactional
    public Receipt receiveByOfficer(ReportInput input, SigapUser officer) {
        NewReport report = rules.check(input);
        if (report.regionCode() != null) {
            access.require(officer, report.regionCode(), AUDIT_TYPE, null, Triage.DECIDERS);
        } else if (!access.scope(officer, Triage.DECIDERS).national()) {
            throw new SigapException.Invalid("regionCode", "report.region-required-for-officer");
        }
        return store(report, officer.id(), officer.agencyId());
    }

    private Receipt store(NewReport report, Long officerId, Long agencyId) {
        String code = codes.next();
        long id = store.insert(report, TrackingCodes.hash(code), officerId, agencyId, OffsetDateTime.now(clock));
        audit.created(AUDIT_TYPE, id, report.regionCode());
        return new Receipt(id, code);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicStatus> status(String trackingCode) {
        return TrackingCodes.normalize(trackingCode).flatMap(code -> {
            byte[] hash = TrackingCodes.hash(code);
            return store.byHash(hash)
                    .filter(r -> MessageDigest.isEqual(r.getTrackingHash(), hash))
                    .map(r -> new PublicStatus(code, ReportStatus.valueOf(r.getStatus()), r.getStatusChangedAt()));
        });
    }
}

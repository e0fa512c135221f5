package id.sigap.support.web;

import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import id.sigap.support.LegProgress;
import id.sigap.support.LegStatus;
import id.sigap.support.RepatriationLeg;
import id.sigap.support.internal.Repatriations;
import id.sigap.support.internal.SupportAccess;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Repatriation legs of a case's victims and witnesses, as JSON. */
@ApiController
@RequestMapping("/api/v1/cases/{id}/repatriation")
class RepatriationApi {

    private final Repatriations repatriations;
    private final SupportAccess access;

    RepatriationApi(Repatriations repatriations, SupportAccess access) {
        this.repatriations = repatriations;
        this.access = access;
    }

    @GetMapping
    List<RepatriationLeg> legs(@PathVariable long id) {
        return repatriations.of(access.user(), id);
    }

    @PostMapping
    ResponseEntity<RepatriationLeg> add(@PathVariable long id, @RequestBody Repatriations.NewLeg body) {
        RepatriationLeg leg = repatriations.add(access.user(), id, body);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/repatriation/" + leg.id()))
                .body(leg);
    }

    @PutMapping("/{legId}")
    RepatriationLeg progress(@PathVariable long id, @PathVariable long legId, @RequestBody ProgressRequest body) {
        if (body.version() == null) {
            throw new SigapException.Invalid("version", "service.version-required");
        }
        LegStatus status;
        try {
            status = body.status() == null ? null : LegStatus.valueOf(body.status());
        } catch (IllegalArgumentException e) {
            throw new SigapException.Invalid("status", "repatriation.status-unknown");
        }
        Repatriations.NewLeg details = body.fromPlace() == null
                ? null
                : new Repatriations.NewLeg(
                        null,
                        body.fromPlace(),
                        body.toPlace(),
                        body.toRegionCode(),
                        body.responsibleAgencyId(),
                        body.plannedOn(),
                        body.escortName());
        return repatriations.change(
                access.user(),
                id,
                legId,
                body.version(),
                details,
                new LegProgress(status, body.departedOn(), body.arrivedOn(), body.escortName()));
    }

    /** Progress of a leg; the route fields (all of them, from {@code fromPlace}) change it for the case's writers. */
    record ProgressRequest(
            Integer version,
            String status,
            LocalDate departedOn,
            LocalDate arrivedOn,
            String escortName,
            String fromPlace,
            String toPlace,
            String toRegionCode,
            Long responsibleAgencyId,
            LocalDate plannedOn) {}
}

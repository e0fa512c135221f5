package id.sigap.support.web;

import id.sigap.shared.web.ApiController;
import id.sigap.support.Livelihood;
import id.sigap.support.LivingSituation;
import id.sigap.support.ReintegrationVisit;
import id.sigap.support.RetraffickingRisk;
import id.sigap.support.VisitInput;
import id.sigap.support.internal.SupportAccess;
import id.sigap.support.internal.Visits;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Reintegration follow-up visits of a case's victims and witnesses, as JSON. */
@ApiController
@RequestMapping("/api/v1/cases/{id}/reintegration-visits")
class VisitApi {

    private final Visits visits;
    private final SupportAccess access;

    VisitApi(Visits visits, SupportAccess access) {
        this.visits = visits;
        this.access = access;
    }

    @GetMapping
    List<ReintegrationVisit> list(@PathVariable long id) {
        return visits.of(access.user(), id);
    }

    /** Suggests the visits (3, 6, 12 months) of a person from the return date. */
    @PostMapping
    List<ReintegrationVisit> schedule(@PathVariable long id, @RequestBody ScheduleRequest body) {
        return visits.schedule(access.user(), id, body.personId(), body.returnedOn());
    }

    @PutMapping("/{visitId}")
    ReintegrationVisit record(@PathVariable long id, @PathVariable long visitId, @RequestBody VisitRequest body) {
        return visits.record(
                access.user(),
                id,
                visitId,
                new VisitInput(
                        body.visitedOn(),
                        Params.parse(
                                LivingSituation.class, body.livingSituation(), "livingSituation", "visit.code-unknown"),
                        Params.parse(Livelihood.class, body.livelihood(), "livelihood", "visit.code-unknown"),
                        Params.parse(RetraffickingRisk.class, body.risk(), "risk", "visit.code-unknown"),
                        body.notes(),
                        body.version()));
    }

    record ScheduleRequest(Long personId, LocalDate returnedOn) {}

    record VisitRequest(
            LocalDate visitedOn,
            String livingSituation,
            String livelihood,
            String risk,
            String notes,
            Integer version) {}
}

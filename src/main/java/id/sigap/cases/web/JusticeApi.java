package id.sigap.cases.web;

import id.sigap.cases.internal.CaseAccess;
import id.sigap.cases.internal.JusticeChain;
import id.sigap.cases.internal.JusticeInput;
import id.sigap.cases.internal.JusticeView;
import id.sigap.shared.web.ApiController;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** The criminal-justice chain per suspect as JSON: read by case readers, written by investigators in scope. */
@ApiController
@RequestMapping("/api/v1/cases/{id}/justice")
class JusticeApi {

    private final JusticeView view;
    private final JusticeChain chain;
    private final CaseAccess access;

    JusticeApi(JusticeView view, JusticeChain chain, CaseAccess access) {
        this.view = view;
        this.chain = chain;
        this.access = access;
    }

    @GetMapping
    JusticeView.Chain get(@PathVariable long id) {
        return view.of(access.user(), id);
    }

    @GetMapping("/charge-suggestions")
    List<JusticeView.Charge> suggestions(@PathVariable long id) {
        view.of(access.user(), id);
        return view.suggestions();
    }

    @PutMapping("/{personId}/report")
    Map<String, Long> report(
            @PathVariable long id, @PathVariable long personId, @RequestBody JusticeInput.Report body) {
        return Map.of("id", chain.recordReport(access.user(), id, personId, body));
    }

    @PostMapping("/{personId}/charges")
    ResponseEntity<Map<String, Long>> charge(
            @PathVariable long id, @PathVariable long personId, @RequestBody JusticeInput.Charge body) {
        long chargeId = chain.addCharge(access.user(), id, personId, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", chargeId));
    }

    @PutMapping("/{personId}/prosecution")
    ResponseEntity<Void> prosecution(
            @PathVariable long id, @PathVariable long personId, @RequestBody JusticeInput.Prosecution body) {
        chain.recordProsecution(access.user(), id, personId, body);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{personId}/verdict")
    ResponseEntity<Void> verdict(
            @PathVariable long id, @PathVariable long personId, @RequestBody JusticeInput.Verdict body) {
        chain.recordVerdict(access.user(), id, personId, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{personId}/appeals")
    ResponseEntity<Map<String, Long>> appeal(
            @PathVariable long id, @PathVariable long personId, @RequestBody JusticeInput.Appeal body) {
        long appealId = chain.addAppeal(access.user(), id, personId, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", appealId));
    }
}

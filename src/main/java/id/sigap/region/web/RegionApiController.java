package id.sigap.region.web;

import id.sigap.region.LocatedRegion;
import id.sigap.region.RegionCodes;
import id.sigap.region.RegionLevel;
import id.sigap.region.RegionName;
import id.sigap.region.RegionQuery;
import id.sigap.region.Regions;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Region reference data for agency systems and the UI's pickers. Public: no personal data. */
@ApiController
@RequestMapping(path = "/api/v1/regions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Regions", description = "Indonesian administrative regions by Kemendagri code (reference data, public)")
class RegionApiController {

    private final Regions regions;
    private final MessageSource messages;

    RegionApiController(Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region with its ancestors")
    @ApiResponse(responseCode = "200", description = "the region")
    @ApiResponse(
            responseCode = "400",
            description = "malformed code (code region.malformed-code)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "no such region (code region.not-found)",
            content = @Content(mediaType = "application/problem+json"))
    RegionJson region(@Parameter(example = "53.71") @PathVariable String code) {
        return RegionJson.of(located(code));
    }

    @GetMapping
    @Operation(
            summary = "Children of a region, or a search by name or code",
            description = "With q: regions by name or code, best match first (exact name, name prefix, word prefix,"
                    + " similar spelling; 'kab'/'kota'/'kec'/'desa' in q favour that kind), optionally within the"
                    + " parent's subtree. Without q: the direct children of parent (all of them), or the provinces"
                    + " when parent is empty. The answer is an object whose content holds the regions.")
    @ApiResponse(
            responseCode = "200",
            description = "the regions, in content",
            content = @Content(schema = @Schema(implementation = RegionListJson.class)))
    @ApiResponse(
            responseCode = "400",
            description = "malformed parent code, level or maxLevel",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "unknown parent (code region.not-found)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "422",
            description = "q longer than 100 characters (code validation.failed)",
            content = @Content(mediaType = "application/problem+json"))
    RegionListJson list(
            @Parameter(description = "parent region code; empty for the provinces", example = "53")
                    @RequestParam(required = false)
                    String parent,
            @Parameter(description = "name or code to search for", example = "kab kupang")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "only this level") @RequestParam(required = false) RegionLevel level,
            @Parameter(description = "no level below this one") @RequestParam(required = false) RegionLevel maxLevel,
            @Parameter(description = "search results: default 20, at most 50") @RequestParam(required = false)
                    Integer limit) {
        String parentCode = parent == null || parent.isBlank() ? null : parent.strip();
        if (q != null && !q.isBlank()) {
            if (parentCode != null) {
                located(parentCode);
            }
            var query = new RegionQuery(q, level, maxLevel, parentCode, limit == null ? 0 : limit);
            return new RegionListJson(
                    regions.lookup(query).stream().map(RegionJson::of).toList());
        }
        List<RegionName> path = new ArrayList<>();
        if (parentCode != null) {
            LocatedRegion p = located(parentCode);
            path.addAll(p.path());
            path.add(new RegionName(p.region().code(), p.region().name()));
        }
        var filter = new RegionQuery("", level, maxLevel, null, 0);
        return new RegionListJson(regions.children(parentCode).stream()
                .filter(r -> filter.admits(r.level()))
                .map(r -> RegionJson.of(new LocatedRegion(r, path)))
                .toList());
    }

    private LocatedRegion located(String code) {
        if (!RegionCodes.isWellFormed(code)) {
            throw new MalformedRegionCode();
        }
        return regions.locate(code).orElseThrow(() -> new SigapException.NotFound("region.not-found", code));
    }

    /** 400, not 404: the caller sent something that can never be a region code. */
    @ExceptionHandler(MalformedRegionCode.class)
    ResponseEntity<ProblemDetail> malformed() {
        String code = "region.malformed-code";
        String detail = messages.getMessage("error." + code, null, code, LocaleContextHolder.getLocale());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setType(URI.create("urn:sigap:problem:" + code));
        p.setProperty("code", code);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    static final class MalformedRegionCode extends RuntimeException {
        MalformedRegionCode() {
            super("malformed region code", null, false, false);
        }
    }
}

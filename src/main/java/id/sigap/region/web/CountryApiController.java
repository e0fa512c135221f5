package id.sigap.region.web;

import id.sigap.region.Country;
import id.sigap.region.Regions;
import id.sigap.shared.SigapException;
import id.sigap.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** ISO 3166-1 countries (nationality, routes of trafficking). Public reference data. */
@ApiController
@RequestMapping(path = "/api/v1/countries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Countries", description = "ISO 3166-1 countries with names in Bahasa Indonesia and English (public)")
class CountryApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 300;

    private final Regions regions;

    CountryApiController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(
            summary = "Countries, or a search by ISO code or name",
            description = "With q: countries by ISO 3166-1 alpha-2 or alpha-3 code or by name (Indonesian or English),"
                    + " best match first, default 20. Without q: all countries by Indonesian name. The answer is an"
                    + " object whose content holds the countries.")
    @ApiResponse(
            responseCode = "200",
            description = "the countries, in content",
            content = @Content(schema = @Schema(implementation = CountryListJson.class)))
    @ApiResponse(
            responseCode = "422",
            description = "q longer than 100 characters",
            content = @Content(mediaType = "application/problem+json"))
    CountryListJson list(
            @Parameter(description = "ISO code or name", example = "malay") @RequestParam(required = false) String q,
            @Parameter(description = "at most this many (up to 300)") @RequestParam(required = false) Integer limit) {
        boolean all = q == null || q.isBlank();
        int max = limit == null || limit <= 0 ? (all ? MAX_LIMIT : DEFAULT_LIMIT) : Math.min(limit, MAX_LIMIT);
        return new CountryListJson(regions.searchCountries(q, max));
    }

    @GetMapping("/{iso2}")
    @Operation(summary = "One country by ISO 3166-1 alpha-2 code")
    @ApiResponse(
            responseCode = "404",
            description = "no such country (code country.not-found)",
            content = @Content(mediaType = "application/problem+json"))
    Country country(@Parameter(example = "MY") @PathVariable String iso2) {
        return regions.country(iso2).orElseThrow(() -> new SigapException.NotFound("country.not-found"));
    }
}

package id.sigap.region.web;

import id.sigap.region.Country;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A list of countries: the items are in {@code content}, as in every list answer of the API. */
@Schema(name = "CountryList", description = "ISO 3166-1 countries, best match first for a search; items in content")
public record CountryListJson(List<Country> content) {}

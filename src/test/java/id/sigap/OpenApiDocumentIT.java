package id.sigap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.support.IntegrationTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document at /v3/api-docs, read by an independent parser (swagger-parser), is valid and complete. */
@IntegrationTest
class OpenApiDocumentIT {

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_document_is_valid_openapi_and_lists_the_contract_endpoints() throws Exception {
        String json = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIParser().readContents(json, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths().keySet())
                .contains(
                        "/api/v1/regions",
                        "/api/v1/regions/{code}",
                        "/api/v1/auth/token",
                        "/api/v1/reports",
                        "/api/v1/reports/status/{trackingCode}",
                        "/api/v1/cases",
                        "/api/v1/cases/{id}",
                        "/api/v1/persons",
                        "/api/v1/agencies",
                        "/api/v1/audit",
                        "/api/v1/imports",
                        "/api/v1/imports/{id}",
                        "/api/v1/imports/{id}/commit");
    }
}

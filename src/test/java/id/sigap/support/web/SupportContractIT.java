package id.sigap.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.support.IntegrationTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The stable contract of issue 5 is in the OpenAPI document, read by an independent parser. */
@IntegrationTest
class SupportContractIT {

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_document_lists_the_services_and_referrals_contract() throws Exception {
        String json = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var result = new OpenAPIParser().readContents(json, null, new ParseOptions());
        var paths = result.getOpenAPI().getPaths();
        assertThat(paths.keySet())
                .contains(
                        "/api/v1/cases/{id}/services",
                        "/api/v1/cases/{id}/referrals",
                        "/api/v1/referrals",
                        "/api/v1/referrals/{id}/accept",
                        "/api/v1/inbox",
                        "/api/v1/service-directory");
        assertThat(paths.get("/api/v1/referrals").getGet().getParameters())
                .anyMatch(p -> p.getName().equals("status"));
    }
}

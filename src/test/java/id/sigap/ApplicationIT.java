package id.sigap;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApplicationIT {

    @Autowired
    MockMvc mvc;

    @Test
    void health_reports_up_without_details() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.groups").doesNotExist())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void an_unknown_api_path_answers_with_a_problem_document_not_a_page() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing")
                        .with(id.sigap.support.TestUsers.as(
                                id.sigap.support.TestUsers.user(id.sigap.security.Role.ANALYST, "53"))))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("not-found"));
    }
}

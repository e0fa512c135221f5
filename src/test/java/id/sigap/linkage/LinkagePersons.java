package id.sigap.linkage;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.security.SigapUser;
import id.sigap.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Registers persons through the real API path (POST /api/v1/cases/{id}/persons), as an agency's user. */
public record LinkagePersons(MockMvc mvc) {

    public long add(SigapUser user, long caseId, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/cases/{id}/persons", caseId)
                        .with(TestUsers.as(user))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }
}

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

    /**
     * A surname of random letters: unlike a fixed stem with a suffix, two of them never look alike, so the persons of
     * one test are never linked with another test's.
     */
    public static String surname() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

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

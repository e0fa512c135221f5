package id.sigap.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.shared.AuditEvent;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Staff open cases directly in their own scope; reads and writes of cases are audited. */
@IntegrationTest
@RecordApplicationEvents
class CaseOpeningIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    ApplicationEvents events;

    SigapUser kupangWorker;

    @BeforeEach
    void worker() {
        kupangWorker =
                TestUsers.user(CaseFixtures.agency(agencies, "53.71").id(), new Grant(Role.CASE_WORKER, "53.71"));
    }

    @Test
    void a_case_worker_opens_a_case_in_scope_and_its_reads_are_audited() throws Exception {
        String body = mvc.perform(post("/api/v1/cases")
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionCode\":\"53.71\",\"summary\":\"Rujukan langsung\",\"childInvolved\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber", containsString("TPPO-53.71-")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = body.replaceAll(".*\"id\":(\\d+).*", "$1");
        assertThat(events.stream(AuditEvent.class)
                        .filter(e -> e.action() == AuditEvent.Action.CREATE
                                && "case".equals(e.objectType())
                                && id.equals(e.objectId())))
                .hasSize(1);
        mvc.perform(get("/api/v1/cases/{id}", id).with(TestUsers.as(kupangWorker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseFile.childInvolved").value(true));
        assertThat(events.stream(AuditEvent.class)
                        .filter(e -> e.action() == AuditEvent.Action.READ
                                && "case".equals(e.objectType())
                                && id.equals(e.objectId())))
                .hasSize(1);
    }

    @Test
    void opening_outside_scope_or_in_an_unknown_region_is_refused() throws Exception {
        mvc.perform(post("/api/v1/cases")
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionCode\":\"63.71\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kasus")
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("regionCode", "53.99")
                        .param("summary", "<script>x</script>"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Kode wilayah penanganan tidak dikenal")))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(post("/kasus")
                        .with(TestUsers.as(kupangWorker))
                        .with(csrf())
                        .param("regionCode", "53.71")
                        .param("summary", "x".repeat(5000)))
                .andExpect(status().is(422));
        mvc.perform(get("/kasus/baru").with(TestUsers.as(TestUsers.user(Role.ANALYST, "53"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kasus/baru").with(TestUsers.as(kupangWorker))).andExpect(status().isOk());
    }
}

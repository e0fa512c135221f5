package id.sigap.support.web;

import static id.sigap.support.SupportFixtures.json;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFixtures;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.SupportFixtures;
import id.sigap.support.TestUsers;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The service directory: kept by the secretary whose scope covers the entry, searched by region and service. */
@IntegrationTest
class DirectoryIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Test
    void a_secretary_lists_a_shelter_that_others_find_from_regions_below_it() throws Exception {
        Agency shelter = agencies.create(
                NewAgency.of(CaseFixtures.unique("RPTC Direktori"), AgencyType.SOCIAL_SERVICE_SHELTER, "65"));
        SigapUser kaltara = TestUsers.user(shelter.id(), new Grant(Role.TASKFORCE_SECRETARY, "65"));
        SigapUser ntt = TestUsers.user(0L, new Grant(Role.TASKFORCE_SECRETARY, "53"));
        SigapUser worker = TestUsers.user(0L, new Grant(Role.CASE_WORKER, "53.71"));
        Map<String, Object> entry = Map.of(
                "agencyId", shelter.id(),
                "service", "SOCIAL_REHABILITATION",
                "regionCode", "65",
                "capacity", 40,
                "contact", "Telp. 0551-000000");

        mvc.perform(json(post("/api/v1/service-directory"), ntt, entry)).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/service-directory"), worker, entry)).andExpect(status().isForbidden());
        long id = SupportFixtures.id(mvc.perform(json(post("/api/v1/service-directory"), kaltara, entry))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agencyName").value(shelter.name())));
        mvc.perform(json(post("/api/v1/service-directory"), kaltara, entry))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("directory.duplicate"));

        mvc.perform(get("/api/v1/service-directory")
                        .param("service", "SOCIAL_REHABILITATION")
                        .param("region", "65.04")
                        .param("size", "200")
                        .with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/service-directory")
                        .param("service", "SOCIAL_REHABILITATION")
                        .param("region", "53.71")
                        .param("size", "200")
                        .with(TestUsers.as(worker)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        mvc.perform(get("/layanan/direktori")
                        .param("layanan", "SOCIAL_REHABILITATION")
                        .param("wilayah", "65")
                        .with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(shelter.name())))
                .andExpect(content().string(not(Matchers.containsString("Tambah entri direktori"))));

        mvc.perform(json(put("/api/v1/service-directory/{id}", id), ntt, Map.of("version", 0, "capacity", 1)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/service-directory/{id}", id), kaltara, Map.of("version", 0, "capacity", 35)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(35))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/service-directory/{id}", id), kaltara, Map.of("version", 0, "capacity", 30)))
                .andExpect(status().isConflict());
        mvc.perform(post("/layanan/direktori")
                        .param("service", "LEGAL")
                        .param("capacity", "-1")
                        .with(csrf())
                        .with(TestUsers.as(kaltara)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Pilih instansi.")));
    }
}

package id.sigap.networks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sigap.cases.BulkLoad;
import id.sigap.networks.SuspectAttributes;
import id.sigap.networks.SuspectAttributes.Kind;
import id.sigap.networks.SuspectAttributes.NewAttribute;
import id.sigap.networks.web.SuspectFixtures.Suspect;
import id.sigap.organization.Agencies;
import id.sigap.organization.AgencyType;
import id.sigap.organization.NewAgency;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6's must-show for networks: two suspects sharing a phone number across a case in NTT (53) and one in
 * Kepulauan Riau (21) are one network for a national user; an NTT investigator sees neither the Kepri suspect nor any
 * trace of him (node, edge, count), and a hidden suspect never bridges two visible ones.
 */
@IntegrationTest
class NetworksIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    BulkLoad bulkLoad;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Agencies agencies;

    @Autowired
    SuspectAttributes attributes;

    final ObjectMapper json = new ObjectMapper();

    SuspectFixtures fixtures;
    String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        long agency = agencies.create(NewAgency.of("Polda Uji Jejaring " + tag, AgencyType.POLICE_UNIT, "53.71"))
                .id();
        fixtures = new SuspectFixtures(bulkLoad, tx, agency);
    }

    @Test
    void suspects_sharing_a_phone_in_ntt_and_kepri_are_one_network_nationally_and_the_kepri_one_is_hidden_in_ntt()
            throws Exception {
        String phone = SuspectFixtures.phone();
        List<Long> ntt = fixtures.caseWith(
                "53.71",
                null,
                new Suspect("Anton Lake " + tag, phone, null),
                new Suspect("Yosef Bria " + tag, null, null));
        String typedOtherwise = "+62 " + phone.substring(1, 4) + " " + phone.substring(4);
        List<Long> kepri = fixtures.caseWith("21.71", null, new Suspect("Antonius Lake " + tag, typedOtherwise, null));
        long anton = ntt.get(1);
        long yosef = ntt.get(2);
        long antonius = kepri.get(1);

        SigapUser national = TestUsers.user(Role.ANALYST, null);
        JsonNode graph = graph(national, Math.min(anton, Math.min(yosef, antonius)));
        assertThat(ids(graph)).containsExactlyInAnyOrder(anton, yosef, antonius);
        assertThat(graph.get("caseCount").asInt()).isEqualTo(2);
        assertThat(edge(graph, anton, antonius).toString()).contains("PHONE");
        assertThat(edge(graph, anton, yosef).toString()).contains("CASE");
        // Anton joins the two cases: he is the most central
        assertThat(top(graph)).isEqualTo(anton);

        SigapUser nttInvestigator = TestUsers.user(Role.INVESTIGATOR, "53");
        JsonNode seen = graph(nttInvestigator, Math.min(anton, yosef));
        assertThat(ids(seen)).containsExactlyInAnyOrder(anton, yosef);
        assertThat(seen.get("caseCount").asInt()).isEqualTo(1);
        assertThat(seen.toString()).doesNotContain("Antonius");
        List<Long> seenCases = new ArrayList<>();
        seen.get("nodes").forEach(n -> n.get("cases")
                .forEach(c -> seenCases.add(c.get("id").asLong())));
        assertThat(seenCases).containsOnly(ntt.getFirst());
        assertThat(seen.get("edges")).hasSize(1);
        if (antonius < Math.min(anton, yosef)) {
            mvc.perform(get("/api/v1/networks/components/" + antonius).with(TestUsers.as(nttInvestigator)))
                    .andExpect(status().isNotFound());
        }
        String list = mvc.perform(get("/api/v1/networks/components?size=200").with(TestUsers.as(nttInvestigator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("Antonius Lake " + tag);
        // the Kepri case is not linked for the NTT investigator's page either
        String page = mvc.perform(get("/jejaring/" + Math.min(anton, yosef)).with(TestUsers.as(nttInvestigator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Anton Lake " + tag).doesNotContain("Antonius");
    }

    @Test
    void a_hidden_suspect_never_bridges_two_visible_ones() throws Exception {
        String phone = SuspectFixtures.phone();
        List<Long> c1 = fixtures.caseWith("53.71", null, new Suspect("Markus Tefa " + tag, phone, null));
        List<Long> hidden = fixtures.caseWith("21.71", null, new Suspect("Hendrik Batam " + tag, phone, null));
        List<Long> c2 = fixtures.caseWith("53.01", null, new Suspect("Paulus Nope " + tag, null, null));
        String account = "BRI 0123-01-" + tag.hashCode();
        tx.executeWithoutResult(s -> attributes.recordAll(List.of(
                new NewAttribute(hidden.getFirst(), hidden.get(1), Kind.BANK_ACCOUNT, account),
                new NewAttribute(c2.getFirst(), c2.get(1), Kind.BANK_ACCOUNT, "bri " + account.substring(4)))));

        SigapUser national = TestUsers.user(Role.INVESTIGATOR, null);
        JsonNode all = graph(national, Math.min(c1.get(1), Math.min(hidden.get(1), c2.get(1))));
        assertThat(ids(all)).containsExactlyInAnyOrder(c1.get(1), hidden.get(1), c2.get(1));
        assertThat(edge(all, hidden.get(1), c2.get(1)).toString()).contains("BANK_ACCOUNT");
        assertThat(top(all)).isEqualTo(hidden.get(1));

        SigapUser nttInvestigator = TestUsers.user(Role.INVESTIGATOR, "53");
        for (long alone : List.of(c1.get(1), c2.get(1))) {
            mvc.perform(get("/api/v1/networks/components/" + alone).with(TestUsers.as(nttInvestigator)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("networks.component-not-found"));
        }
    }

    @Test
    void attributes_are_recorded_by_writers_of_the_case_masked_for_readers_and_refused_outside_the_scope()
            throws Exception {
        List<Long> c = fixtures.caseWith("53.71", null, new Suspect("Daniel Sau " + tag, null, null));
        long caseId = c.getFirst();
        long person = c.get(1);
        String url = "/jejaring/tersangka/" + caseId + "/" + person;
        SigapUser investigator = TestUsers.user(Role.INVESTIGATOR, "53");
        mvc.perform(
                        post(url)
                                .with(TestUsers.as(investigator))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("jenis", "COMPANY")
                                .param("nilai", "PT. Maju Jaya Abadi " + tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(TestUsers.as(investigator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("PT. Maju Jaya Abadi " + tag)));
        mvc.perform(get(url).with(TestUsers.as(TestUsers.user(Role.ANALYST, "53"))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("PT. Maju Jaya Abadi " + tag))));
        mvc.perform(
                        post(url)
                                .with(TestUsers.as(investigator))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("jenis", "VEHICLE")
                                .param("nilai", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Isi nilainya.")));
        SigapUser kepri = TestUsers.user(Role.INVESTIGATOR, "21");
        mvc.perform(get(url).with(TestUsers.as(kepri))).andExpect(status().isForbidden());
        mvc.perform(
                        post(url)
                                .with(TestUsers.as(kepri))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("jenis", "VEHICLE")
                                .param("nilai", "DH 1234 AB"))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_investigators_export_and_users_without_a_networks_role_are_refused() throws Exception {
        String phone = SuspectFixtures.phone();
        List<Long> a =
                fixtures.caseWith("53.71", "Pelabuhan Batu Ampar", new Suspect("Simon Kase " + tag, phone, null));
        List<Long> b = fixtures.caseWith("53.04", "Pelabuhan Batu Ampar", new Suspect("Simon K. " + tag, phone, null));
        long id = Math.min(a.get(1), b.get(1));
        SigapUser investigator = TestUsers.user(Role.INVESTIGATOR, "53");
        JsonNode graph = graph(investigator, id);
        assertThat(edge(graph, a.get(1), b.get(1)).toString()).contains("PHONE").contains("TRANSIT");
        byte[] xlsx = mvc.perform(
                        get("/api/v1/networks/components/" + id + "/export").with(TestUsers.as(investigator)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(NetworkExport.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(wb.getSheetAt(1).getRow(1).getCell(4).getStringCellValue())
                    .contains("Nomor telepon");
        }
        mvc.perform(get("/api/v1/networks/components/" + id + "/export")
                        .with(TestUsers.as(TestUsers.user(Role.ANALYST, "53"))))
                .andExpect(status().isForbidden());
        SigapUser caseWorker = TestUsers.user(Role.CASE_WORKER, "53");
        mvc.perform(get("/api/v1/networks/components").with(TestUsers.as(caseWorker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/jejaring").with(TestUsers.as(caseWorker))).andExpect(status().isForbidden());
        mvc.perform(get("/jejaring").with(TestUsers.as(TestUsers.user(Role.TASKFORCE_SECRETARY, "53"))))
                .andExpect(status().isOk());
    }

    private JsonNode graph(SigapUser user, long id) throws Exception {
        String body = mvc.perform(get("/api/v1/networks/components/" + id).with(TestUsers.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private static List<Long> ids(JsonNode graph) {
        List<Long> out = new ArrayList<>();
        graph.get("nodes").forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }

    private static long top(JsonNode graph) {
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("top").asBoolean()) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no top node");
    }

    private static JsonNode edge(JsonNode graph, long a, long b) {
        for (JsonNode e : graph.get("edges")) {
            long s = e.get("source").asLong();
            long t = e.get("target").asLong();
            if (s == Math.min(a, b) && t == Math.max(a, b)) {
                return e.get("kinds");
            }
        }
        throw new AssertionError("no edge " + a + "-" + b + " in " + graph);
    }
}

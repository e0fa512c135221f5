package id.sigap.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.dataimport.internal.Column;
import id.sigap.organization.Agencies;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** /impor: upload form, preview of problems in the user's language, commit with confirmation, history, template. */
@IntegrationTest
class ImportPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Agencies agencies;

    @Autowired
    DSLContext db;

    @Test
    void upload_preview_commit_and_history_in_the_browser() throws Exception {
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        String tag = ImportFixture.tag();
        mvc.perform(get("/impor").with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("for=\"import-file\"")))
                .andExpect(content().string(Matchers.containsString("/impor/templat")));

        List<Map<Column, String>> rows = ImportSheets.rows(tag, 3);
        rows.get(1).put(Column.BIRTH_DATE, "kemarin");
        String badUrl = upload(worker, "buruk.xlsx", ImportSheets.xlsx(rows));
        mvc.perform(get(badUrl).param("lang", "en").with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Invalid date. Use YYYY-MM-DD.")))
                .andExpect(content().string(Matchers.containsString("M3")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"import-commit\""))));

        mvc.perform(get(badUrl + "/status").with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"));

        String goodUrl = upload(worker, "baik.xlsx", ImportSheets.xlsx(ImportSheets.rows(tag, 3)));
        mvc.perform(get(goodUrl).with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"import-commit\"")))
                .andExpect(content().string(Matchers.containsString("data-confirm=")));
        mvc.perform(post(goodUrl + "/commit").with(TestUsers.as(worker)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", goodUrl));
        long id = Long.parseLong(goodUrl.substring(goodUrl.lastIndexOf('/') + 1));
        new ImportClient(mvc).await(worker, id, "COMMITTED", Duration.ofMinutes(1));
        mvc.perform(get(goodUrl + "/status").with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("import-status")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger"))))
                .andExpect(header().doesNotExist("HX-Refresh"));
        assertThat(ImportFixture.persons(db, tag)).isEqualTo(3);
        mvc.perform(get("/impor").with(TestUsers.as(worker)))
                .andExpect(content().string(Matchers.containsString("baik.xlsx")))
                .andExpect(content().string(Matchers.containsString("buruk.xlsx")));
        mvc.perform(get("/impor/templat").with(TestUsers.as(worker)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("sigap-templat-impor.xlsx")));
    }

    @Test
    void an_empty_upload_re_renders_the_form_with_a_message() throws Exception {
        SigapUser worker = ImportFixture.kupangWorker(agencies);
        mvc.perform(multipart("/impor")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
                        .with(TestUsers.as(worker))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"import-error\"")));
    }

    private String upload(SigapUser user, String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/impor")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(TestUsers.as(user))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/impor/");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // The file is read in the background: the page shows the reading until it is done.
        mvc.perform(get(location).with(TestUsers.as(user))).andExpect(status().isOk());
        new ImportClient(mvc).awaitRead(user, id, Duration.ofMinutes(1));
        return location;
    }
}

package id.sigap.cases.web;

import static id.sigap.cases.internal.db.Tables.CASE_ATTACHMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sigap.cases.CaseFiles;
import id.sigap.cases.CaseFiles.OpenedCase;
import id.sigap.cases.CaseFixtures;
import id.sigap.cases.internal.CaseAttachments;
import id.sigap.organization.Agencies;
import id.sigap.security.Role;
import id.sigap.security.SigapUser;
import id.sigap.support.IntegrationTest;
import id.sigap.support.TestUsers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Attachments: content-checked upload, access-checked download, clear refusals that leave nothing behind. */
@IntegrationTest
class AttachmentsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Agencies agencies;

    @Autowired
    CaseAttachments attachments;

    @Autowired
    DSLContext db;

    final SigapUser owner = TestUsers.user(Role.CASE_WORKER, "53.71");
    final SigapUser banjar = TestUsers.user(Role.CASE_WORKER, "63.71");
    OpenedCase kase;

    @BeforeEach
    void aCase() {
        kase = caseFiles.open(
                CaseFixtures.newCase(CaseFixtures.agency(agencies, "53.71").id(), "53.71"));
    }

    @Test
    void a_pdf_and_an_image_are_uploaded_and_downloaded_by_the_owner_only() throws Exception {
        byte[] pdf = pdf();
        mvc.perform(upload("/kasus/{id}/lampiran", "Keterangan saksi.pdf", pdf).param("kind", "STATEMENT"))
                .andExpect(status().is3xxRedirection());
        byte[] png = image("png");
        mvc.perform(upload("/api/v1/cases/{id}/attachments", "../../foto<1>.png", png)
                        .param("kind", "EVIDENCE"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.fileName").value("foto_1_.png"));
        byte[] jpeg = image("jpg");
        mvc.perform(upload("/api/v1/cases/{id}/attachments", "foto.jpg", jpeg))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/jpeg"));

        var list = attachments.list(owner, kase.id());
        assertThat(list).hasSize(3);
        assertThat(attachments.storedFiles(kase.id())).isEqualTo(3);
        long pdfId = list.stream()
                .filter(a -> a.contentType().equals("application/pdf"))
                .findFirst()
                .orElseThrow()
                .id();

        mvc.perform(get("/kasus/{id}/lampiran", kase.id()).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keterangan saksi.pdf")));
        mvc.perform(get("/kasus/{id}/lampiran/{a}", kase.id(), pdfId).with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/api/v1/cases/{id}/attachments/{a}/content", kase.id(), pdfId)
                        .with(TestUsers.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));

        mvc.perform(get("/kasus/{id}/lampiran/{a}", kase.id(), pdfId).with(TestUsers.as(banjar)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/attachments/{a}/content", kase.id(), pdfId)
                        .with(TestUsers.as(banjar)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/attachments", kase.id()).with(TestUsers.as(banjar)))
                .andExpect(status().isForbidden());
        mvc.perform(upload("/api/v1/cases/{id}/attachments", "x.pdf", pdf).with(TestUsers.as(banjar)))
                .andExpect(status().isForbidden());
        assertThat(attachments.storedFiles(kase.id())).isEqualTo(3);
    }

    @Test
    void bad_uploads_are_refused_clearly_and_leave_nothing_behind() throws Exception {
        byte[] corrupt = "%PDF-1.7\nthis is not really a pdf\n%%EOF".getBytes();
        mvc.perform(upload("/kasus/{id}/lampiran", "rusak.pdf", corrupt))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("PDF rusak")));
        mvc.perform(upload("/api/v1/cases/{id}/attachments", "rusak.pdf", corrupt))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("attachment.corrupt-pdf"));

        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        mvc.perform(upload("/kasus/{id}/lampiran", "laporan.pdf", exe))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("hanya PDF, JPEG atau PNG")));
        mvc.perform(upload("/api/v1/cases/{id}/attachments", "laporan.pdf", exe))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("attachment.wrong-type"));

        var big = new GeneratedUpload("besar.pdf", 25 * 1024 * 1024);
        mvc.perform(upload("/kasus/{id}/lampiran", big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("paling besar 20 MB")));
        mvc.perform(upload("/api/v1/cases/{id}/attachments", big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("attachment.too-large"));

        assertThat(db.fetchCount(CASE_ATTACHMENT, CASE_ATTACHMENT.CASE_ID.eq(kase.id())))
                .isZero();
        assertThat(attachments.storedFiles(kase.id())).isZero();
    }

    /**
     * The configured limit (issue 3: a 50 MB upload is hostile input, refused) is exact: a PDF of exactly the limit is
     * stored, one byte more is refused with a clear message, and a 50 MB upload is refused before it is read. The
     * big files are generated on demand and never held by the test.
     */
    @Test
    void the_size_limit_is_exact_and_a_50_mb_upload_is_refused_before_it_is_read() throws Exception {
        long limit = attachments.maxBytes();
        assertThat(limit).as("configured limit (sigap.attachments.max-bytes)").isEqualTo(20L * 1024 * 1024);

        var fifty = new GeneratedUpload("lima-puluh.pdf", 50L * 1024 * 1024);
        mvc.perform(upload("/kasus/{id}/lampiran", fifty))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("Berkas terlalu besar: paling besar 20 MB")));
        mvc.perform(upload("/kasus/{id}/lampiran", fifty).param("lang", "en"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("The file is too large: at most 20 MB")));
        mvc.perform(upload("/api/v1/cases/{id}/attachments", fifty))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("attachment.too-large"));
        var over = new GeneratedUpload("satu-byte-lebih.pdf", limit + 1);
        mvc.perform(upload("/kasus/{id}/lampiran", over))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("paling besar 20 MB")));
        mvc.perform(upload("/api/v1/cases/{id}/attachments", over))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("attachment.too-large"));
        assertThat(fifty.reads() + over.reads()).as("refused before reading").isZero();
        assertThat(db.fetchCount(CASE_ATTACHMENT, CASE_ATTACHMENT.CASE_ID.eq(kase.id())))
                .isZero();
        assertThat(attachments.storedFiles(kase.id())).isZero();

        var exact = new GeneratedUpload("tepat-batas.pdf", limit);
        mvc.perform(upload("/api/v1/cases/{id}/attachments", exact))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sizeBytes").value(limit));
        assertThat(attachments.list(owner, kase.id())).singleElement().satisfies(a -> assertThat(a.sizeBytes())
                .isEqualTo(limit));
        assertThat(attachments.storedFiles(kase.id())).isEqualTo(1);
    }

    private MockMultipartHttpServletRequestBuilder upload(String url, MockMultipartFile file) {
        var request = multipart(url, kase.id()).file(file);
        request.with(csrf()).with(TestUsers.as(owner));
        return request;
    }

    private MockMultipartHttpServletRequestBuilder upload(String url, String name, byte[] bytes) {
        var request = multipart(url, kase.id()).file(new MockMultipartFile("file", name, "application/pdf", bytes));
        request.with(csrf()).with(TestUsers.as(owner));
        return request;
    }

    static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws Exception {
        var img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}

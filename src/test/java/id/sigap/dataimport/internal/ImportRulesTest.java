package id.sigap.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.dataimport.ImportSheets;
import id.sigap.security.RegionScope;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure parts of reading and checking: formula detection, cell letters, code lists, CSV, region name matching. */
class ImportRulesTest {

    @Test
    void text_that_a_spreadsheet_would_run_is_refused_but_phone_numbers_and_negative_numbers_pass() {
        assertThat(RowCells.formulaLike("=cmd|' /C calc'!A0")).isTrue();
        assertThat(RowCells.formulaLike("@SUM(A1)")).isTrue();
        assertThat(RowCells.formulaLike("+A1")).isTrue();
        assertThat(RowCells.formulaLike("-2+3+cmd|x")).isTrue();
        assertThat(RowCells.formulaLike("-5")).isFalse();
        assertThat(RowCells.formulaLike("-cmd")).isTrue();
        assertThat(RowCells.formulaLike("\tx")).isTrue();
        assertThat(RowCells.formulaLike("+62 812 3456")).isFalse();
        assertThat(RowCells.formulaLike("Siti")).isFalse();
    }

    @Test
    void column_letters_go_past_z() {
        assertThat(RowCells.letter(0)).isEqualTo("A");
        assertThat(RowCells.letter(25)).isEqualTo("Z");
        assertThat(RowCells.letter(26)).isEqualTo("AA");
        assertThat(RowCells.letter(27)).isEqualTo("AB");
    }

    @Test
    void code_lists_accept_either_language_or_the_code_ignoring_case() {
        assertThat(CodeLists.code(Column.ROLE, "korban")).contains("VICTIM");
        assertThat(CodeLists.code(Column.ROLE, "Victim")).contains("VICTIM");
        assertThat(CodeLists.code(Column.SEX, "P")).contains("F");
        assertThat(CodeLists.code(Column.SEX, "L")).contains("M");
        assertThat(CodeLists.code(Column.ROLE_IN_PROCESS, "pemalsu dokumen")).contains("DOCUMENT_FORGER");
        assertThat(CodeLists.code(Column.ABROAD, "ya")).contains("true");
        assertThat(CodeLists.code(Column.ROLE, "BOS")).isEmpty();
        for (Column c : Column.values()) {
            String joined = String.join(",", CodeLists.words(c, java.util.Locale.forLanguageTag("id")));
            assertThat(joined.length()).as("Excel list limit for " + c).isLessThan(256);
        }
    }

    @Test
    void a_row_without_modus_keeps_the_key_it_had_before_the_modus_column_existed() {
        var without = new ImportRow.CaseColumns("53.71", "Ringkasan", false, true, null, null, null);
        assertThat(without.keyText())
                .isEqualTo("CaseColumns[regionCode=53.71, summary=Ringkasan, childInvolved=false, abroad=true,"
                        + " reportChannel=null, reportDescription=null]");
        var with = new ImportRow.CaseColumns("53.71", "Ringkasan", false, true, null, null, "ABK");
        assertThat(with.keyText()).isNotEqualTo(without.keyText()).endsWith("[modus=ABK]");
        assertThat(CodeLists.code(Column.MODUS, "penipuan daring")).contains("ONLINE_SCAM");
        assertThat(CodeLists.code(Column.MODUS, "Online scam")).contains("ONLINE_SCAM");
        assertThat(CodeLists.code(Column.MODUS, "ABK")).contains("ABK");
    }

    @Test
    void region_names_are_compared_without_case_accents_punctuation_or_the_long_kind_word() {
        assertThat(RegionResolver.normal("Kab. Kupang")).isEqualTo(RegionResolver.normal("KABUPATEN  KUPANG"));
        assertThat(RegionResolver.normal("Kota Kupang")).isEqualTo("kota kupang");
        assertThat(RegionResolver.normal("Bénteng")).isEqualTo("benteng");
    }

    @Test
    void csv_is_utf8_only_and_its_delimiter_comes_from_the_header() {
        List<RawRow> rows = new ArrayList<>();
        CsvRows.read("\uFEFFa;b;c\n1;\"2;x\";3\n".getBytes(StandardCharsets.UTF_8), rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("a", "b", "c");
        assertThat(rows.get(1).cells()).containsExactly("1", "2;x", "3");
        assertThat(rows.get(1).rowNo()).isEqualTo(2);
        byte[] latin = "nama\nJosé\n".getBytes(Charset.forName("ISO-8859-1"));
        assertThatThrownBy(() -> CsvRows.read(latin, r -> {}))
                .isInstanceOfSatisfying(
                        UnreadableFile.class, e -> assertThat(e.code()).isEqualTo("import.csv-encoding"));
    }

    @Test
    void an_import_scope_is_the_nearest_region_containing_every_grant() {
        assertThat(ImportDesk.commonRoot(RegionScope.of(Set.of("53.71")))).isEqualTo("53.71");
        assertThat(ImportDesk.commonRoot(RegionScope.of(Set.of("53.71", "53.01"))))
                .isEqualTo("53");
        assertThat(ImportDesk.commonRoot(RegionScope.of(Set.of("53.71", "63.71"))))
                .isNull();
    }

    @Test
    void file_names_lose_paths_and_control_characters() {
        assertThat(UploadedFile.cleanName("C:\\data\\kasus\u0007.xlsx")).isEqualTo("kasus.xlsx");
        assertThat(UploadedFile.cleanName(null)).isEqualTo("upload");
    }

    @Test
    void an_xlsx_is_told_from_a_csv_by_its_zip_signature() {
        assertThat(SheetCheck.isXlsx(ImportSheets.xlsx(ImportSheets.rows("x", 1))))
                .isTrue();
        assertThat(SheetCheck.isXlsx(ImportSheets.csv(ImportSheets.rows("x", 1), ',')))
                .isFalse();
    }
}

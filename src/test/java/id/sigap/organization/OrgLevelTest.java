package id.sigap.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sigap.shared.SigapException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgLevelTest {

    @Test
    void national_level_has_no_region() {
        assertThat(OrgLevel.NATIONAL.accepts(null)).isTrue();
        assertThat(OrgLevel.NATIONAL.accepts("53")).isFalse();
    }

    @Test
    void province_level_needs_a_province_code() {
        assertThat(OrgLevel.PROVINCE.accepts("53")).isTrue();
        assertThat(OrgLevel.PROVINCE.accepts("53.71")).isFalse();
        assertThat(OrgLevel.PROVINCE.accepts(null)).isFalse();
    }

    @Test
    void regency_level_needs_a_regency_or_city_code() {
        assertThat(OrgLevel.REGENCY.accepts("53.71")).isTrue();
        assertThat(OrgLevel.REGENCY.accepts("53")).isFalse();
        assertThat(OrgLevel.REGENCY.accepts("53.71.01")).isFalse();
        assertThat(OrgLevel.REGENCY.accepts("5371")).isFalse();
    }

    @Test
    void the_level_is_implied_by_the_region_code_when_not_given() {
        assertThat(OrgLevel.implied(null)).isEqualTo(OrgLevel.NATIONAL);
        assertThat(OrgLevel.implied("63")).isEqualTo(OrgLevel.PROVINCE);
        assertThat(OrgLevel.implied("63.71")).isEqualTo(OrgLevel.REGENCY);
        assertThat(OrgLevel.implied("63.71.01")).isNull();
        assertThat(OrgLevel.implied("x")).isNull();
    }

    static List<String> codes(SigapException.Invalid e) {
        return e.problems().stream().map(SigapException.FieldProblem::code).toList();
    }

    @Test
    void a_new_agency_whose_level_does_not_fit_its_region_is_refused() {
        assertThatThrownBy(() -> new NewAgency(
                        "Polda NTT", null, AgencyType.POLICE_UNIT, OrgLevel.PROVINCE, "53.71", null, null))
                .isInstanceOfSatisfying(SigapException.Invalid.class, e -> assertThat(codes(e))
                        .containsExactly("org.level-region-mismatch"));
        assertThatThrownBy(() -> new NewAgency("LPSK", null, AgencyType.LPSK, OrgLevel.NATIONAL, "53", null, null))
                .isInstanceOfSatisfying(SigapException.Invalid.class, e -> assertThat(codes(e))
                        .containsExactly("org.national-has-no-region"));
        assertThatThrownBy(() -> NewAgency.of("Kantor Desa", AgencyType.VILLAGE_GOVERNMENT, "53.71.01.1001"))
                .isInstanceOfSatisfying(SigapException.Invalid.class, e -> assertThat(codes(e))
                        .containsExactly("org.level-region-mismatch"));
        assertThatThrownBy(() -> NewAgency.of("X", AgencyType.OTHER, "Kupang"))
                .isInstanceOfSatisfying(
                        SigapException.Invalid.class, e -> assertThat(codes(e)).containsExactly("org.region-unknown"));
    }

    @Test
    void every_problem_of_a_new_agency_is_reported_at_once() {
        assertThatThrownBy(() ->
                        new NewAgency(" ", null, null, null, "53", null, new Contact(null, "abc", "x@", "ftp://a")))
                .isInstanceOfSatisfying(SigapException.Invalid.class, e -> assertThat(codes(e))
                        .containsExactlyInAnyOrder(
                                "field.required",
                                "field.required",
                                "field.pattern",
                                "field.email",
                                "agency.website-invalid"));
    }

    @Test
    void names_are_trimmed_and_inner_spaces_collapsed() {
        assertThat(NewAgency.of("  Polresta   Kupang  Kota ", AgencyType.POLICE_UNIT, " 53.71 ")
                        .name())
                .isEqualTo("Polresta Kupang Kota");
    }

    @Test
    void a_task_force_level_must_fit_its_region_too() {
        var lb = new LegalBasis("Perwal 1/2020", java.time.LocalDate.of(2020, 1, 1), "Wali Kota", DecreeKind.PERWAL);
        assertThatThrownBy(() -> new NewTaskForce(
                        null, OrgLevel.PROVINCE, "53.71", lb, java.time.LocalDate.of(2020, 1, 1), null))
                .isInstanceOf(SigapException.Invalid.class);
        assertThat(new NewTaskForce(null, null, "53.71", lb, java.time.LocalDate.of(2020, 1, 1), null).level())
                .isEqualTo(OrgLevel.REGENCY);
    }
}

package id.sigap.portal.internal;

import id.sigap.cases.CaseFiles;
import id.sigap.intake.ReportInput;
import id.sigap.intake.Reports;
import id.sigap.organization.Agencies;
import id.sigap.organization.Agency;
import id.sigap.organization.AgencyType;
import id.sigap.organization.DecreeKind;
import id.sigap.organization.LegalBasis;
import id.sigap.organization.MemberRole;
import id.sigap.organization.NewAgency;
import id.sigap.organization.NewMember;
import id.sigap.organization.NewTaskForce;
import id.sigap.organization.TaskForce;
import id.sigap.organization.TaskForces;
import id.sigap.security.Grant;
import id.sigap.security.Role;
import id.sigap.security.UserAccounts;
import id.sigap.synthetic.SyntheticData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo agencies, task forces and users in Nusa Tenggara Timur / Kota Kupang, Kalimantan Selatan, Jawa Barat and
 * Kalimantan Utara, so a newcomer can sign in and look around. Idempotent: what exists is kept, what is missing is
 * added. All people and accounts are invented; agencies are real kinds with illustrative names.
 */
public class DemoData {

    /** The generated part of the demo: {@code ./sigap generate --cases 200 --seed 2026}. */
    public static final int GENERATED_CASES = 200;

    public static final long GENERATED_SEED = 2026;

    /** Password of every demo account (listed in the README). */
    public static final String PASSWORD = "Sigap-Demo-2026!";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record AgencySpec(String key, String name, AgencyType type, String region) {}

    record TaskForceSpec(
            String region, String decree, LocalDate date, String issuer, DecreeKind kind, List<MemberSpec> members) {}

    record MemberSpec(String agency, MemberRole role, String title) {}

    record UserSpec(String username, String name, String agency, Role role, String region) {}

    static final List<AgencySpec> AGENCIES = List.of(
            new AgencySpec(
                    "dp3a-ntt",
                    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi NTT",
                    AgencyType.TASKFORCE_SECRETARIAT,
                    "53"),
            new AgencySpec("polda-ntt", "Direktorat Reserse Kriminal Umum Polda NTT", AgencyType.POLICE_UNIT, "53"),
            new AgencySpec("bp3mi-ntt", "BP3MI Nusa Tenggara Timur", AgencyType.KP2MI_BP3MI, "53"),
            new AgencySpec("dinsos-ntt", "Dinas Sosial Provinsi NTT", AgencyType.SOCIAL_SERVICE_SHELTER, "53"),
            new AgencySpec("dp3a-kupang", "Dinas P3A Kota Kupang", AgencyType.TASKFORCE_SECRETARIAT, "53.71"),
            new AgencySpec("uptd-kupang", "UPTD PPA Kota Kupang", AgencyType.UPTD_PPA, "53.71"),
            new AgencySpec("polresta-kupang", "Unit PPA Polresta Kupang Kota", AgencyType.POLICE_UNIT, "53.71"),
            new AgencySpec("rsud-kupang", "RSUD S.K. Lerik Kota Kupang", AgencyType.HOSPITAL_HEALTH, "53.71"),
            new AgencySpec("uptd-kabkupang", "UPTD PPA Kabupaten Kupang", AgencyType.UPTD_PPA, "53.01"),
            new AgencySpec(
                    "dp3a-kalsel", "Dinas P3A Provinsi Kalimantan Selatan", AgencyType.TASKFORCE_SECRETARIAT, "63"),
            new AgencySpec("uptd-banjarmasin", "UPTD PPA Kota Banjarmasin", AgencyType.UPTD_PPA, "63.71"),
            new AgencySpec("polresta-banjarmasin", "Unit PPA Polresta Banjarmasin", AgencyType.POLICE_UNIT, "63.71"),
            new AgencySpec("dp3a-jabar", "DP3AKB Provinsi Jawa Barat", AgencyType.TASKFORCE_SECRETARIAT, "32"),
            new AgencySpec("uptd-indramayu", "UPTD PPA Kabupaten Indramayu", AgencyType.UPTD_PPA, "32.12"),
            new AgencySpec("rptc-kaltara", "RPTC Kalimantan Utara", AgencyType.SOCIAL_SERVICE_SHELTER, "65"),
            new AgencySpec("lpsk", "Lembaga Perlindungan Saksi dan Korban (LPSK)", AgencyType.LPSK, null));

    static final List<TaskForceSpec> TASK_FORCES = List.of(
            new TaskForceSpec(
                    "53",
                    "Keputusan Gubernur NTT No. 188/KEP/HK/2023",
                    LocalDate.of(2023, 3, 1),
                    "Gubernur Nusa Tenggara Timur",
                    DecreeKind.KEPUTUSAN,
                    List.of(
                            new MemberSpec("polda-ntt", MemberRole.KETUA_HARIAN, "Wakapolda NTT"),
                            new MemberSpec("dp3a-ntt", MemberRole.SEKRETARIS, "Kepala Dinas P3A"),
                            new MemberSpec("bp3mi-ntt", MemberRole.ANGGOTA, "Kepala BP3MI"),
                            new MemberSpec("dinsos-ntt", MemberRole.ANGGOTA, "Kepala Dinas Sosial"))),
            new TaskForceSpec(
                    "53.71",
                    "Peraturan Wali Kota Kupang No. 21 Tahun 2022",
                    LocalDate.of(2022, 6, 1),
                    "Wali Kota Kupang",
                    DecreeKind.PERWAL,
                    List.of(
                            new MemberSpec("dp3a-kupang", MemberRole.KETUA_HARIAN, "Kepala Dinas P3A"),
                            new MemberSpec("uptd-kupang", MemberRole.SEKRETARIS, "Kepala UPTD PPA"),
                            new MemberSpec("polresta-kupang", MemberRole.ANGGOTA, "Kanit PPA"),
                            new MemberSpec("rsud-kupang", MemberRole.ANGGOTA, "Direktur RSUD"))),
            new TaskForceSpec(
                    "63",
                    "Peraturan Gubernur Kalimantan Selatan No. 045 Tahun 2021",
                    LocalDate.of(2021, 9, 1),
                    "Gubernur Kalimantan Selatan",
                    DecreeKind.PERGUB,
                    List.of(
                            new MemberSpec("dp3a-kalsel", MemberRole.KETUA_HARIAN, "Kepala Dinas P3A"),
                            new MemberSpec("uptd-banjarmasin", MemberRole.ANGGOTA, "Kepala UPTD PPA"))),
            new TaskForceSpec(
                    "32",
                    "Keputusan Gubernur Jawa Barat No. 463/Kep.512-DP3AKB/2022",
                    LocalDate.of(2022, 4, 1),
                    "Gubernur Jawa Barat",
                    DecreeKind.KEPUTUSAN,
                    List.of(new MemberSpec("dp3a-jabar", MemberRole.KETUA_HARIAN, "Kepala DP3AKB"))));

    static final List<UserSpec> USERS = List.of(
            new UserSpec("kupang.admin", "Yohanes Ndolu", "dp3a-kupang", Role.SYSTEM_ADMIN, "53.71"),
            new UserSpec("kupang.intake", "Maria Goreti Bani", "uptd-kupang", Role.INTAKE_OFFICER, "53.71"),
            new UserSpec("kupang.pendamping", "Agustina Tefa", "uptd-kupang", Role.CASE_WORKER, "53.71"),
            new UserSpec("kupang.auditor", "Fransiskus Lema", "dp3a-kupang", Role.AUDITOR, "53.71"),
            new UserSpec("ntt.penyidik", "Bripka Daniel Manafe", "polda-ntt", Role.INVESTIGATOR, "53"),
            new UserSpec("ntt.sekretaris", "Ester Lakapu", "dp3a-ntt", Role.TASKFORCE_SECRETARY, "53"),
            new UserSpec("ntt.analis", "Paulus Nope", "dp3a-ntt", Role.ANALYST, "53"),
            new UserSpec("kalsel.sekretaris", "Siti Rahmah", "dp3a-kalsel", Role.TASKFORCE_SECRETARY, "63"),
            new UserSpec("kalsel.pendamping", "Muhammad Rizky Anshari", "uptd-banjarmasin", Role.CASE_WORKER, "63.71"),
            new UserSpec("jabar.sekretaris", "Dewi Kurniasih", "dp3a-jabar", Role.TASKFORCE_SECRETARY, "32"),
            new UserSpec("kaltara.shelter", "Theresia Lolo", "rptc-kaltara", Role.CASE_WORKER, "65"),
            new UserSpec("nasional.analis", "Rina Wulandari", "lpsk", Role.ANALYST, null),
            new UserSpec("nasional.auditor", "Bambang Sutrisno", "lpsk", Role.AUDITOR, null));

    private final Agencies agencies;
    private final TaskForces taskForces;
    private final UserAccounts accounts;
    private final Reports reports;
    private final CaseFiles caseFiles;
    private final SyntheticData synthetic;

    DemoData(
            Agencies agencies,
            TaskForces taskForces,
            UserAccounts accounts,
            Reports reports,
            CaseFiles caseFiles,
            SyntheticData synthetic) {
        this.agencies = agencies;
        this.taskForces = taskForces;
        this.accounts = accounts;
        this.reports = reports;
        this.caseFiles = caseFiles;
        this.synthetic = synthetic;
    }

    /** Example public reports waiting in the triage queues, and open cases (first load only). */
    private void reportsAndCases(Map<String, Agency> byKey) {
        report(
                "53.71",
                "Kelurahan Oesapa",
                "Melati",
                "17",
                "FEMALE",
                List.of("JOB_OFFER_ABROAD", "CHILD_INVOLVED", "ABROAD_NEEDS_HELP"),
                "Anak saya berangkat bersama perekrut yang menjanjikan pekerjaan di Malaysia. Sudah tiga minggu"
                        + " tidak ada kabar.",
                "FAMILY");
        report(
                "53.71",
                "Pelabuhan Tenau",
                null,
                null,
                null,
                List.of("DOCUMENTS_HELD", "DEBT"),
                "Beberapa calon pekerja menunggu kapal ke Nunukan, paspor mereka dipegang sponsor.",
                "NEIGHBOUR");
        report(
                "53.71",
                null,
                "Yakobus",
                "24",
                "MALE",
                List.of("RECRUITED_ONLINE"),
                "Ditawari kerja di kebun sawit lewat media sosial, diminta membayar biaya pemberangkatan.",
                "VICTIM");
        report(
                "63.71",
                "Kecamatan Banjarmasin Utara",
                "Nur",
                "16",
                "FEMALE",
                List.of("SEXUAL_EXPLOITATION", "CHILD_INVOLVED"),
                "Seorang anak perempuan dipekerjakan di tempat hiburan malam.",
                "NGO");
        report(
                "63.71",
                null,
                null,
                null,
                null,
                List.of("LOCKED_IN"),
                "Pekerja rumah tangga tidak boleh keluar rumah dan gajinya ditahan.",
                "ANONYMOUS");
        caseFiles.open(new CaseFiles.NewCase(
                byKey.get("uptd-kupang").id(),
                "53.71",
                "Perekrutan anak untuk bekerja di Malaysia melalui Pelabuhan Tenau",
                null,
                null,
                true,
                true));
        caseFiles.open(new CaseFiles.NewCase(
                byKey.get("uptd-banjarmasin").id(),
                "63.71",
                "Eksploitasi seksual anak di tempat hiburan malam",
                null,
                null,
                true,
                false));
    }

    private void report(
            String region,
            String place,
            String name,
            String age,
            String sex,
            List<String> choices,
            String text,
            String reporterType) {
        reports.receivePublic(new ReportInput(
                "PUBLIC_WEB", reporterType, region, null, place, name, age, sex, choices, text, null, null, false));
    }

    @Transactional
    public void load() {
        boolean firstLoad = accounts.findByUsername(USERS.getFirst().username()).isEmpty();
        Map<String, Agency> byKey = new HashMap<>();
        for (AgencySpec a : AGENCIES) {
            byKey.put(
                    a.key(),
                    agencies.findByName(a.region(), a.name())
                            .orElseGet(() -> agencies.create(NewAgency.of(a.name(), a.type(), a.region()))));
        }
        for (TaskForceSpec t : TASK_FORCES) {
            if (taskForces.validOn(t.region(), t.date()).isPresent()) {
                continue;
            }
            TaskForce tf = taskForces.create(new NewTaskForce(
                    null,
                    null,
                    t.region(),
                    new LegalBasis(t.decree(), t.date(), t.issuer(), t.kind()),
                    t.date(),
                    null));
            for (MemberSpec m : t.members()) {
                taskForces.addMember(
                        tf.id(), new NewMember(byKey.get(m.agency()).id(), m.role(), m.title(), t.date(), null));
            }
        }
        for (UserSpec u : USERS) {
            if (accounts.findByUsername(u.username()).isEmpty()) {
                accounts.provision(new UserAccounts.NewAccount(
                        u.username(),
                        u.name(),
                        null,
                        byKey.get(u.agency()).id(),
                        PASSWORD,
                        List.of(new Grant(u.role(), u.region()))));
            }
        }
        if (firstLoad) {
            reportsAndCases(byKey);
        }
        // generated case files across Indonesia (idempotent: a seed already loaded is not loaded again)
        synthetic.generate(GENERATED_CASES, GENERATED_SEED, SyntheticData.Progress.NONE);
        log.info(
                "Demo data ready: {} agencies, {} task forces, {} demo accounts (password in the README), {} generated"
                        + " cases",
                AGENCIES.size(),
                TASK_FORCES.size(),
                USERS.size(),
                GENERATED_CASES);
    }
}

-- Recruitment channel of a victim (issue 7): how this victim was recruited, one code per victim in a case, from the
-- configurable CHANNEL code list (same pattern as MODUS: codes are rows of code_item, the chosen code is a row
-- pointing at them). Per victim, not per case: victims of one case may have been recruited differently (one by a
-- relative, another through a Facebook post). Where HTCDS 2.0 has a value (vic_MethodOfRecruitment) the mapping is
-- in the exchange module (HtcdsCodes.CHANNEL); the Indonesian distinctions (calo/sponsor, licensed or unlicensed
-- placement company) have no HTCDS value of their own.
ALTER TABLE cases.code_item DROP CONSTRAINT code_item_list_check;
ALTER TABLE cases.code_item ADD CONSTRAINT code_item_list_check
    CHECK (list IN ('ACT', 'MEANS', 'PURPOSE', 'CONTROL', 'MODUS', 'CHANNEL'));

CREATE TABLE cases.victim_recruitment (
    case_id    bigint      NOT NULL,
    person_id  bigint      NOT NULL,
    role       varchar(20) NOT NULL DEFAULT 'VICTIM' CHECK (role = 'VICTIM'),
    list       varchar(20) NOT NULL DEFAULT 'CHANNEL' CHECK (list = 'CHANNEL'),
    channel    varchar(40) NOT NULL,
    PRIMARY KEY (case_id, person_id),
    FOREIGN KEY (case_id, person_id, role) REFERENCES cases.case_person (case_id, person_id, role),
    FOREIGN KEY (list, channel) REFERENCES cases.code_item (list, code)
);

INSERT INTO cases.code_item (list, code, label_id, label_en, sort_order) VALUES
('CHANNEL', 'FAMILY', 'Keluarga atau kerabat', 'Family or relatives', 1),
('CHANNEL', 'ACQUAINTANCE', 'Teman, tetangga atau kenalan', 'Friend, neighbour or acquaintance', 2),
('CHANNEL', 'INTIMATE_PARTNER', 'Pacar atau pasangan (termasuk janji menikah)', 'Intimate partner or marriage proposal', 3),
('CHANNEL', 'SPONSOR_OR_LOCAL_BROKER', 'Sponsor, calo atau perekrut lapangan', 'Sponsor, local broker (calo) or field recruiter', 4),
('CHANNEL', 'AGENCY_LICENSED', 'Perusahaan penempatan (P3MI) atau LPK berizin', 'Licensed placement company (P3MI) or training centre', 5),
('CHANNEL', 'AGENCY_UNLICENSED', 'Perusahaan atau agen penempatan tidak berizin', 'Unlicensed placement company or agent', 6),
('CHANNEL', 'SOCIAL_MEDIA', 'Media sosial (Facebook, TikTok, Instagram)', 'Social media (Facebook, TikTok, Instagram)', 7),
('CHANNEL', 'MESSAGING_APP', 'Aplikasi pesan (WhatsApp, Telegram)', 'Messaging app (WhatsApp, Telegram)', 8),
('CHANNEL', 'ONLINE_JOB_AD', 'Iklan lowongan kerja daring', 'Online job advertisement', 9),
('CHANNEL', 'PRINT_OR_BROADCAST_AD', 'Iklan koran, radio, televisi atau selebaran', 'Newspaper, radio, television advert or leaflet', 10),
('CHANNEL', 'EDUCATIONAL_INSTITUTION', 'Sekolah, kampus atau program magang', 'School, university or internship programme', 11),
('CHANNEL', 'WORKPLACE', 'Di tempat kerja atau tempat usaha', 'At work or at a place of business', 12),
('CHANNEL', 'ABDUCTION', 'Penculikan (tanpa perekrutan)', 'Abduction (no recruitment)', 13),
('CHANNEL', 'OTHER', 'Lainnya', 'Other', 98),
('CHANNEL', 'UNKNOWN', 'Tidak diketahui', 'Unknown', 99);

-- Task forces (Gugus Tugas PP-TPPO) per level and region, with their legal basis, dated members and dated
-- sub-task forces. History is never rewritten: a change ends a row (valid_to, inclusive last day) and starts a
-- new one. The exclusion constraints back up the checks made in code.
CREATE TABLE org.task_force (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    level          varchar(10) NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'REGENCY')),
    region_code    varchar(13) REFERENCES region.admin_region (code),
    decree_number  text        NOT NULL CHECK (length(btrim(decree_number)) BETWEEN 1 AND 200),
    decree_date    date        NOT NULL,
    decree_issuer  text        NOT NULL CHECK (length(btrim(decree_issuer)) BETWEEN 1 AND 200),
    decree_kind    varchar(12) NOT NULL CHECK (decree_kind IN ('PERPRES', 'PERGUB', 'PERBUP', 'PERWAL', 'KEPUTUSAN')),
    valid_from     date        NOT NULL,
    valid_to       date,
    version        integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT task_force_level_region_ck CHECK (
        (level = 'NATIONAL' AND region_code IS NULL)
        OR (level = 'PROVINCE' AND region_code ~ '^\d{2}$')
        OR (level = 'REGENCY' AND region_code ~ '^\d{2}\.\d{2}$')),
    CONSTRAINT task_force_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT task_force_one_per_region
        EXCLUDE USING gist (coalesce(region_code, '') WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE INDEX task_force_region_idx ON org.task_force (region_code text_pattern_ops);

CREATE TABLE org.task_force_member (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_force_id   bigint      NOT NULL REFERENCES org.task_force (id),
    agency_id       bigint      NOT NULL REFERENCES org.agency (id),
    role            varchar(14) NOT NULL CHECK (role IN ('PENGARAH', 'KETUA', 'KETUA_I', 'KETUA_II', 'KETUA_HARIAN',
                                    'SEKRETARIS', 'ANGGOTA')),
    position_title  text CHECK (position_title IS NULL OR length(position_title) <= 200),
    valid_from      date        NOT NULL,
    valid_to        date,
    version         integer     NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT task_force_member_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT task_force_member_no_overlap
        EXCLUDE USING gist (task_force_id WITH =, agency_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE INDEX task_force_member_tf_idx ON org.task_force_member (task_force_id);
CREATE INDEX task_force_member_agency_idx ON org.task_force_member (agency_id);

-- The default sub-task forces every new task force starts with (domain-reference §1.4); editable reference data.
CREATE TABLE org.sub_task_force_template (
    numeral   varchar(8)  PRIMARY KEY CHECK (numeral ~ '^[IVXLC]+$'),
    position  smallint    NOT NULL,
    name      text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    active    boolean     NOT NULL DEFAULT true,
    version   integer     NOT NULL DEFAULT 0
);
INSERT INTO org.sub_task_force_template (numeral, position, name) VALUES
    ('I', 1, 'Pencegahan dan Partisipasi Anak'),
    ('II', 2, 'Rehabilitasi Kesehatan'),
    ('III', 3, 'Rehabilitasi Sosial, Pemulangan dan Reintegrasi Sosial'),
    ('IV', 4, 'Pengembangan Norma Hukum'),
    ('V', 5, 'Penegakan Hukum'),
    ('VI', 6, 'Koordinasi dan Kerja Sama');

CREATE TABLE org.sub_task_force (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_force_id           bigint     NOT NULL REFERENCES org.task_force (id),
    numeral                 varchar(8) NOT NULL CHECK (numeral ~ '^[IVXLC]+$'),
    name                    text       NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    coordinating_agency_id  bigint REFERENCES org.agency (id),
    valid_from              date       NOT NULL,
    valid_to                date,
    version                 integer    NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    CONSTRAINT sub_task_force_period_ck CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT sub_task_force_no_overlap
        EXCLUDE USING gist (task_force_id WITH =, numeral WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE INDEX sub_task_force_tf_idx ON org.sub_task_force (task_force_id);

-- Coordination meetings (rakor, rakornas) with participants, minutes, decisions and follow-up actions owned by
-- agencies and tracked until done.
CREATE TABLE plans.meeting (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('RAKORNAS', 'RAKOR', 'OTHER')),
    level         varchar(10)  NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'REGENCY')),
    region_code   varchar(13)  REFERENCES region.admin_region (code),
    title         text         NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    held_on       date         NOT NULL,
    place         text         NOT NULL CHECK (length(place) BETWEEN 1 AND 300),
    head_count    integer      NOT NULL DEFAULT 0 CHECK (head_count >= 0),
    agenda        text         CHECK (agenda IS NULL OR length(agenda) <= 4000),
    minutes       text         CHECK (minutes IS NULL OR length(minutes) <= 20000),
    decisions     text         CHECK (decisions IS NULL OR length(decisions) <= 8000),
    created_by    bigint,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    version       integer      NOT NULL DEFAULT 0,
    CHECK ((level = 'NATIONAL') = (region_code IS NULL))
);
CREATE INDEX meeting_region_idx ON plans.meeting (region_code text_pattern_ops, held_on);

CREATE TABLE plans.meeting_agency (
    meeting_id  bigint NOT NULL REFERENCES plans.meeting (id) ON DELETE CASCADE,
    agency_id   bigint NOT NULL,
    PRIMARY KEY (meeting_id, agency_id)
);

CREATE TABLE plans.follow_up (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id      bigint       NOT NULL REFERENCES plans.meeting (id) ON DELETE CASCADE,
    action          text         NOT NULL CHECK (length(action) BETWEEN 1 AND 1000),
    owner_agency_id bigint       NOT NULL,
    due_on          date         NOT NULL,
    status          varchar(12)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    done_on         date,
    note            text         CHECK (note IS NULL OR length(note) <= 2000),
    version         integer      NOT NULL DEFAULT 0,
    CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
CREATE INDEX follow_up_owner_idx ON plans.follow_up (owner_agency_id, status, due_on);
CREATE INDEX follow_up_meeting_idx ON plans.follow_up (meeting_id);

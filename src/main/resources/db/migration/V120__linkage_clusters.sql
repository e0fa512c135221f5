-- Linkage (issue 6): person records of one human being grouped into clusters, stored. The agencies' own person rows
-- (cases.person) are never changed: linkage only refers to them by id.
CREATE SCHEMA IF NOT EXISTS linkage;

-- A full relink: its progress, and the Fellegi-Sunter model (m, u, lambda) estimated by EM on that run's data.
CREATE TABLE linkage.relink_run (
    id            bigserial PRIMARY KEY,
    status        text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    phase         text        NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    started_by    bigint,
    persons_read  integer     NOT NULL DEFAULT 0,
    persons_total integer,
    comparisons   bigint,
    clusters      integer,
    pairs         integer,
    model         text,
    failure       text
);

CREATE TABLE linkage.cluster (
    id         bigserial PRIMARY KEY,
    created_at timestamptz NOT NULL
);

-- Which cluster each linked person record belongs to; manual = placed there by a reviewer's merge or split.
CREATE TABLE linkage.membership (
    person_id  bigint PRIMARY KEY,
    cluster_id bigint      NOT NULL REFERENCES linkage.cluster (id),
    manual     boolean     NOT NULL DEFAULT false,
    linked_at  timestamptz NOT NULL
);
CREATE INDEX membership_cluster ON linkage.membership (cluster_id);

-- Blocking keys (64-bit hashes, no readable value) of every linked person: candidates come from this B-tree.
CREATE TABLE linkage.blocking_key (
    key       bigint NOT NULL,
    person_id bigint NOT NULL,
    PRIMARY KEY (key, person_id)
);
CREATE INDEX blocking_key_person ON linkage.blocking_key (person_id);

-- Scored pairs at or above the review threshold: the comparison (4 bits a field), each field's weight in bits
-- (null where a record lacks the field), the match probability, and what became of the pair.
CREATE TABLE linkage.pair (
    id          bigserial PRIMARY KEY,
    person_a    bigint           NOT NULL,
    person_b    bigint           NOT NULL,
    region_a    text,
    region_b    text,
    probability double precision NOT NULL,
    vector      bigint           NOT NULL,
    weights     double precision[] NOT NULL,
    status      text             NOT NULL CHECK (status IN ('LINKED', 'REVIEW', 'ACCEPTED', 'REJECTED')),
    scored_at   timestamptz      NOT NULL,
    version     integer          NOT NULL DEFAULT 0,
    CHECK (person_a < person_b),
    UNIQUE (person_a, person_b)
);
CREATE INDEX pair_person_b ON linkage.pair (person_b);
CREATE INDEX pair_review ON linkage.pair (id) WHERE status = 'REVIEW';

-- Merges and splits (by a reviewer's decision), with the membership before, so that each can be undone.
CREATE TABLE linkage.cluster_change (
    id        bigserial PRIMARY KEY,
    kind      text        NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
    pair_id   bigint      REFERENCES linkage.pair (id) ON DELETE SET NULL,
    made_by   bigint,
    made_at   timestamptz NOT NULL,
    undone_by bigint,
    undone_at timestamptz
);

CREATE TABLE linkage.cluster_change_member (
    change_id        bigint  NOT NULL REFERENCES linkage.cluster_change (id),
    person_id        bigint  NOT NULL,
    previous_cluster bigint  NOT NULL,
    previous_manual  boolean NOT NULL,
    PRIMARY KEY (change_id, person_id)
);

-- Reviewers' decisions on pairs (kept across relinks: a decided pair is never queued again).
CREATE TABLE linkage.decision (
    id         bigserial PRIMARY KEY,
    pair_id    bigint      REFERENCES linkage.pair (id) ON DELETE SET NULL,
    person_a   bigint      NOT NULL,
    person_b   bigint      NOT NULL,
    decision   text        NOT NULL CHECK (decision IN ('ACCEPT', 'REJECT')),
    decided_by bigint      NOT NULL,
    decided_at timestamptz NOT NULL,
    change_id  bigint      REFERENCES linkage.cluster_change (id)
);
CREATE INDEX decision_pair ON linkage.decision (person_a, person_b);

-- Break-the-glass: temporary access to a region outside the user's scope, with a written reason.
-- Active while ended_at IS NULL and expires_at lies in the future (enforced by the application's clock).
CREATE TABLE sec.break_glass (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES sec.user_account (id),
    region_code varchar(13) NOT NULL REFERENCES region.admin_region (code),
    reason      text        NOT NULL CHECK (length(trim(reason)) >= 20 AND length(reason) <= 2000),
    started_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    CHECK (expires_at > started_at AND expires_at <= started_at + interval '8 hours'),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX break_glass_user_idx ON sec.break_glass (user_id, expires_at);
CREATE INDEX break_glass_region_idx ON sec.break_glass (region_code text_pattern_ops, expires_at);

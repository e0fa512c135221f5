-- Personal access tokens for the JSON API. Only the SHA-256 of the token is stored; the token is shown once.
CREATE TABLE sec.access_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint       NOT NULL REFERENCES sec.user_account (id),
    name         varchar(100) NOT NULL CHECK (length(trim(name)) > 0),
    token_hash   char(64)     NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    hint         varchar(12)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX access_token_user_idx ON sec.access_token (user_id);

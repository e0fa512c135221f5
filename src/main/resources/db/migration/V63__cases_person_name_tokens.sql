-- Name search by province: every token of a person's name key and alias key, as two keys (its first three and its
-- last three letters, 'p…' and 's…', so that a typo in either half still meets the other), once per province from
-- which the person is visible (the province registered in, and the province of each case the person is in).
-- A B-tree on (province, key) gives the candidates of a search in a province; they are then ranked by trigram
-- similarity. Kept up to date by statement-level triggers (set-based, so COPY bulk loads stay fast). Rows left over
-- after a case is transferred or a person removed from a case only widen the candidates: visibility is always
-- checked exactly afterwards.
CREATE TABLE cases.person_name_token (
    province_code varchar(2) NOT NULL,
    token_key     text       NOT NULL,
    person_id     bigint     NOT NULL REFERENCES cases.person (id) ON DELETE CASCADE,
    PRIMARY KEY (province_code, token_key, person_id)
);
CREATE INDEX person_name_token_key_idx ON cases.person_name_token (token_key, person_id);
CREATE INDEX person_name_token_person_idx ON cases.person_name_token (person_id);

CREATE FUNCTION cases.refresh_name_tokens(ids bigint[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM cases.person_name_token WHERE person_id = ANY (ids);
    INSERT INTO cases.person_name_token (province_code, token_key, person_id)
    SELECT DISTINCT v.province, k.token_key, p.id
    FROM cases.person p
    CROSS JOIN LATERAL (SELECT left(p.region_code, 2) AS province
                        UNION
                        SELECT left(cf.region_code, 2)
                        FROM cases.case_person cp JOIN cases.case_file cf ON cf.id = cp.case_id
                        WHERE cp.person_id = p.id) v
    CROSS JOIN LATERAL regexp_split_to_table(coalesce(p.name_key, '') || ' ' || coalesce(p.alias_key, ''), ' ') w (t)
    CROSS JOIN LATERAL (VALUES ('p' || left(w.t, 3)), ('s' || right(w.t, 3))) k (token_key)
    WHERE p.id = ANY (ids) AND w.t <> ''
    ON CONFLICT DO NOTHING;
$$;

CREATE FUNCTION cases.person_name_tokens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM cases.refresh_name_tokens(ARRAY(SELECT DISTINCT n.id FROM changed_rows n));
    RETURN NULL;
END $$;

CREATE FUNCTION cases.person_name_tokens_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM cases.refresh_name_tokens(ARRAY(
        SELECT DISTINCT n.id
        FROM changed_rows n JOIN previous_rows o ON o.id = n.id
        WHERE n.name_key IS DISTINCT FROM o.name_key OR n.alias_key IS DISTINCT FROM o.alias_key
           OR left(n.region_code, 2) <> left(o.region_code, 2)));
    RETURN NULL;
END $$;

CREATE FUNCTION cases.case_person_name_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM cases.refresh_name_tokens(ARRAY(SELECT DISTINCT n.person_id FROM changed_rows n));
    RETURN NULL;
END $$;

CREATE FUNCTION cases.case_file_name_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM cases.refresh_name_tokens(ARRAY(
        SELECT DISTINCT cp.person_id
        FROM changed_rows n
        JOIN previous_rows o ON o.id = n.id
        JOIN cases.case_person cp ON cp.case_id = n.id
        WHERE left(o.region_code, 2) <> left(n.region_code, 2)));
    RETURN NULL;
END $$;

CREATE TRIGGER person_name_tokens_insert AFTER INSERT ON cases.person
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION cases.person_name_tokens_changed();
CREATE TRIGGER person_name_tokens_update AFTER UPDATE ON cases.person
    REFERENCING NEW TABLE AS changed_rows OLD TABLE AS previous_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cases.person_name_tokens_updated();
CREATE TRIGGER case_person_name_tokens AFTER INSERT ON cases.case_person
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION cases.case_person_name_tokens();
CREATE TRIGGER case_file_name_tokens AFTER UPDATE ON cases.case_file
    REFERENCING NEW TABLE AS changed_rows OLD TABLE AS previous_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cases.case_file_name_tokens();

-- Backfill of the persons already stored, set-based.
INSERT INTO cases.person_name_token (province_code, token_key, person_id)
SELECT DISTINCT v.province, k.token_key, v.person_id
FROM (SELECT p.id AS person_id, left(p.region_code, 2) AS province, p.name_key, p.alias_key FROM cases.person p
      UNION
      SELECT p.id, left(cf.region_code, 2), p.name_key, p.alias_key
      FROM cases.person p JOIN cases.case_person cp ON cp.person_id = p.id JOIN cases.case_file cf ON cf.id = cp.case_id) v
CROSS JOIN LATERAL regexp_split_to_table(coalesce(v.name_key, '') || ' ' || coalesce(v.alias_key, ''), ' ') w (t)
CROSS JOIN LATERAL (VALUES ('p' || left(w.t, 3)), ('s' || right(w.t, 3))) k (token_key)
WHERE w.t <> ''
ON CONFLICT DO NOTHING;
ANALYZE cases.person_name_token;

-- Adding a person to a case makes the person visible from the case's province too. Until now the trigger deleted and
-- rewrote all of the person's name tokens; adding a case never takes a province away, so it now only adds the tokens
-- of the case's province (the same keys as V64's refresh: p, s and w; mostly already there, same province), which keeps
-- bulk loads (COPY of case_person) fast.
CREATE OR REPLACE FUNCTION cases.case_person_name_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cases.person_name_token (province_code, token_key, person_id)
    SELECT DISTINCT left(cf.region_code, 2), k.token_key, p.id
    FROM (SELECT DISTINCT n.person_id, n.case_id FROM changed_rows n) c
    JOIN cases.case_file cf ON cf.id = c.case_id
    JOIN cases.person p ON p.id = c.person_id
    CROSS JOIN LATERAL regexp_split_to_table(coalesce(p.name_key, '') || ' ' || coalesce(p.alias_key, ''), ' ') w (t)
    CROSS JOIN LATERAL (VALUES ('p' || left(w.t, 3)), ('s' || right(w.t, 3)), ('w' || w.t)) k (token_key)
    WHERE w.t <> ''
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

-- Whole words beside the three-letter keys of V63: every word of the name and alias keys also as 'w' || word, so
-- that a search whose words are all spelled as stored finds its candidates by intersecting short, exact posting
-- lists on the B-tree (province, key, person) with a LIMIT, instead of aggregating the long postings of three-letter
-- keys. The three-letter keys remain for the fuzzy fallback (typos, partial words). The refresh function of V63 is
-- replaced to write the words too; its triggers call it unchanged.
CREATE OR REPLACE FUNCTION cases.refresh_name_tokens(ids bigint[]) RETURNS void LANGUAGE sql AS $$
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
    CROSS JOIN LATERAL (VALUES ('p' || left(w.t, 3)), ('s' || right(w.t, 3)), ('w' || w.t)) k (token_key)
    WHERE p.id = ANY (ids) AND w.t <> ''
    ON CONFLICT DO NOTHING;
$$;

-- Backfill of the words of the persons already stored (the 'w' keys are new: no conflict is possible).
INSERT INTO cases.person_name_token (province_code, token_key, person_id)
SELECT DISTINCT v.province, 'w' || w.t, v.person_id
FROM (SELECT p.id AS person_id, left(p.region_code, 2) AS province, p.name_key, p.alias_key FROM cases.person p
      UNION
      SELECT p.id, left(cf.region_code, 2), p.name_key, p.alias_key
      FROM cases.person p JOIN cases.case_person cp ON cp.person_id = p.id JOIN cases.case_file cf ON cf.id = cp.case_id) v
CROSS JOIN LATERAL regexp_split_to_table(coalesce(v.name_key, '') || ' ' || coalesce(v.alias_key, ''), ' ') w (t)
WHERE w.t <> '';

-- Finer statistics for the planner: which keys are common decides the order in which posting lists are intersected.
ALTER TABLE cases.person_name_token ALTER COLUMN token_key SET STATISTICS 1000;
ANALYZE cases.person_name_token;

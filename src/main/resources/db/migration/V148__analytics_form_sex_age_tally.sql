-- The standard reports (issue 7) add a tally measure: FORM_SEX_AGE, persons by form of exploitation and sex-age
-- group (value 'FORM|GROUP'), counted like FORM (each person once, under every form of the first case; NONE when the
-- case has none). Tallies.rebuild writes it from now on; this fills it once for the facts already there, with the
-- same rule, so a database filled before this version needs no full re-read of the cases.
INSERT INTO analytics.tally (measure, value, year, province_code, regency_code, n)
SELECT 'FORM_SEX_AGE', f.form || '|' || v.age_group, v.year, substr(v.regency_code, 1, 2), v.regency_code, count(*)
FROM analytics.victim_fact v
CROSS JOIN LATERAL unnest(CASE WHEN cardinality(v.forms) = 0 THEN ARRAY['NONE'] ELSE v.forms END) AS f(form)
WHERE v.counted
GROUP BY f.form, v.age_group, v.year, v.regency_code
ON CONFLICT DO NOTHING;

-- The GLOTIP questionnaire asks persons brought into formal contact, prosecuted and convicted by sex and citizenship
-- (issue 7, standard reports): the suspect facts keep both (codes only, from cases.CaseFacts). Forgetting the
-- watermarks makes the next refresh read every case again, so facts written before this version get them too.
ALTER TABLE analytics.suspect_fact ADD COLUMN sex char(1);
ALTER TABLE analytics.suspect_fact ADD COLUMN nationality varchar(2);
DELETE FROM analytics.refresh_state;

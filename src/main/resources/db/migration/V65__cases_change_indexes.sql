-- What changed since a moment: the statistics' fact layer (analytics.FactRefresh, through cases.CaseFacts) asks every
-- 30 seconds for the cases whose file, persons or justice track changed since its watermark (the justice track's index is in V79). Without these indexes
-- each run read the whole person table (about 1,000,000 rows nationally).
CREATE INDEX case_file_updated_idx ON cases.case_file (updated_at);
CREATE INDEX person_updated_idx ON cases.person (updated_at);
CREATE INDEX case_person_added_idx ON cases.case_person (added_at);

-- Victims by recruitment channel (issue 7): the victim's CHANNEL code from the cases module, null when not recorded.
-- Facts loaded before this column existed had no channel to show (none was recorded before it), so null is right.
ALTER TABLE analytics.victim_fact ADD COLUMN recruitment_channel varchar(40);

-- Every victim counted so far has no channel: the CHANNEL tally starts as "NONE" for each cell of the victims tally.
INSERT INTO analytics.tally (measure, value, year, province_code, regency_code, n)
SELECT 'CHANNEL', 'NONE', year, province_code, regency_code, n
FROM analytics.tally
WHERE measure = 'VICTIMS' AND value = 'ALL'
ON CONFLICT DO NOTHING;

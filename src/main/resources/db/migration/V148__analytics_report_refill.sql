-- The standard reports (issue 7) add a tally measure (FORM_SEX_AGE: persons by form of exploitation and sex-age
-- group). Forgetting the watermarks makes the next refresh read every case again and rebuild every tally, so data
-- loaded before this version gets the new measure too.
DELETE FROM analytics.refresh_state;

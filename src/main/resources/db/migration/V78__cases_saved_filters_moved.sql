-- The case list's saved filters moved to the one store of the security module (sec.saved_filter, V33), shared by
-- every list. The table existed for a day, in development databases only; its rows are not carried over.
DROP TABLE cases.saved_filter;

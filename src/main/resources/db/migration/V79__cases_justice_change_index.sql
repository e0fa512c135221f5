-- The justice tracks changed since a moment (see V65): read every 30 seconds by the statistics' fact layer.
CREATE INDEX justice_track_updated_idx ON cases.justice_track (updated_at);

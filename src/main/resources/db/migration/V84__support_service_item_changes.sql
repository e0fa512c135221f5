-- The service items changed since a moment, in (updated_at, id) order: read every 30 seconds by the statistics' fact
-- layer (support.ServiceRecords.changedSince).
CREATE INDEX service_item_updated_idx ON support.service_item (updated_at, id);

-- 0007 Partial indexes on orders: an index on a column most new orders leave empty (a guest has no
-- buyer id, a new order no tracking number, most orders no livestream, a new line no lot) now covers
-- only the rows that have a value, so placing an order writes fewer index entries; every lookup by
-- such a column is by a value, which the partial index serves. A guest's order history, read by its
-- session, gets an index of its own (it used to scan every guest order).
DROP INDEX "IX_orders_BuyerId_PlacedAt";
CREATE INDEX "IX_orders_BuyerId_PlacedAt" ON "orders" ("BuyerId", "PlacedAt") WHERE "BuyerId" IS NOT NULL;
CREATE INDEX "IX_orders_GuestSession" ON "orders" ("GuestSession") WHERE "GuestSession" IS NOT NULL;
DROP INDEX "IX_orders_CarrierCode_TrackingNumber";
CREATE INDEX "IX_orders_CarrierCode_TrackingNumber" ON "orders" ("CarrierCode", "TrackingNumber") WHERE "TrackingNumber" IS NOT NULL;
DROP INDEX "IX_orders_LivestreamId_PlacedAt";
CREATE INDEX "IX_orders_LivestreamId_PlacedAt" ON "orders" ("LivestreamId", "PlacedAt") WHERE "LivestreamId" IS NOT NULL;
DROP INDEX "IX_order_lines_LotId";
CREATE INDEX "IX_order_lines_LotId" ON "order_lines" ("LotId") WHERE "LotId" IS NOT NULL;

-- 0002 Deal allocation: a flash deal's quota is set aside from the product's stock when it starts and
-- its unsold remainder goes back once when it ends ("ReturnedToStock": null until then).
ALTER TABLE livestream_deals ADD "ReturnedToStock" integer;

-- Deals that ended before this migration never set units aside: nothing to give back.
UPDATE livestream_deals SET "ReturnedToStock" = 0 WHERE "State" = 2;

-- A deal running during the upgrade never set its quota aside either: it closes now (reason: expired)
-- with nothing to give back, so the checkout never sells its units from both the deal and stock.
UPDATE livestream_deals SET "State" = 2, "EndReason" = 1, "EndedAt" = now(), "ReturnedToStock" = 0
WHERE "State" = 1;

-- 0005 Order number blocks: every nextval of the orders' identity reserves 50 ids, which a node
-- hands out from memory to the orders it places (Features/Commerce/OrderNumbers.cs), so a checkout
-- knows its order codes before it writes and sends all its rows in one batch. A row inserted the
-- ordinary way takes a whole block, so the two never collide. Existing ids are unchanged.
ALTER TABLE orders ALTER COLUMN "Id" SET INCREMENT BY 50;
